package io.heed.server.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.heed.events.ingest.Quarantined;
import io.heed.events.model.Event;
import io.heed.events.validate.EventValidator;
import io.heed.events.validate.ValidationPolicy;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BatchParserTest {
    static final Clock NOW = Clock.fixed(Instant.parse("2026-10-02T00:00:00Z"), ZoneOffset.UTC);
    final BatchParser parser =
            new BatchParser(new EventValidator(ValidationPolicy.defaults().withClock(NOW)), 5, "test");

    BatchParse parse(String json) {
        return parser.parse(json.getBytes(StandardCharsets.UTF_8));
    }

    ParsedBatch parsed(String json) {
        BatchParse r = parse(json);
        assertThat(r).isInstanceOf(BatchParse.Parsed.class);
        return ((BatchParse.Parsed) r).batch();
    }

    @Test
    void numbersKeepTheirTextAndUnknownKeysJoinTheAttributes() {
        // given a record with numeric timestamp, value and position, an attributes object and two unknown keys
        ParsedBatch b = parsed("""
                [{"event_id":7,"type":"purchase","user_id":"u1","item_id":"i1","timestamp":1759302800123,
                  "value":19.99,"position":3,"attributes":{"currency":"EUR","k":1},"k":"ignored","campaign":{"id":"c9"}}]
                """);
        // then it is one valid event with the literal numbers and the merged attributes
        assertThat(b.received()).isEqualTo(1);
        Event e = b.events().get(0);
        assertThat(e.eventId()).isEqualTo("7");
        assertThat(e.timestamp()).isEqualTo(Instant.parse("2025-10-01T07:13:20.123Z"));
        assertThat(e.value()).isEqualTo(19.99);
        assertThat(e.context().position()).isEqualTo(3);
        JsonObject attrs = new JsonObject(e.attributes());
        assertThat(attrs.getString("currency")).isEqualTo("EUR");
        assertThat(attrs.getInteger("k")).isEqualTo(1);
        assertThat(attrs.getJsonObject("campaign").getString("id")).isEqualTo("c9");
        assertThat(attrs.size()).isEqualTo(3);
    }

    @Test
    void attributesAloneAreKeptAsSent() {
        ParsedBatch b = parsed("{\"events\":[{\"type\":\"view\",\"user_id\":\"u\",\"item_id\":\"i\","
                + "\"timestamp\":\"2026-10-01T00:00:00Z\",\"attributes\":{\"a\": [1, 2]}}], \"meta\": {\"x\": 1}}");
        assertThat(b.events().get(0).attributes()).isEqualTo("{\"a\": [1, 2]}");
        assertThat(b.events().get(0).eventId()).startsWith("d:");
    }

    @Test
    void unknownKeysAloneMakeTheAttributes() {
        ParsedBatch b = parsed("[{\"type\":\"view\",\"user_id\":\"u\",\"item_id\":\"i\","
                + "\"timestamp\":\"2026-10-01T00:00:00Z\",\"ab\":true,\"n\":null}]");
        assertThat(new JsonObject(b.events().get(0).attributes()).getMap())
                .containsEntry("ab", true)
                .containsKey("n");
    }

    @Test
    void fieldLevelProblemsAreQuarantinedWithRawTextAndIndex() {
        ParsedBatch b = parsed("""
                [ {"type":"view","user_id":"u","item_id":"i","timestamp":"2026-10-01T00:00:00Z"},
                  {"type":"view","user_id":"u","item_id":"i","timestamp":"2999-01-01T00:00:00Z"} ]""");
        assertThat(b.events()).hasSize(1);
        Quarantined q = b.quarantined().get(0);
        assertThat(q.index()).isEqualTo(1);
        assertThat(q.reason()).isEqualTo("timestamp_in_future");
        assertThat(q.field()).isEqualTo("timestamp");
        assertThat(q.raw()).startsWith("{\"type\":\"view\"").endsWith("\"2999-01-01T00:00:00Z\"}");
        assertThat(q.source()).isEqualTo("test");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "syntax error in record 1     | [{\"type\":\"view\"},{\"type\":oops}]                  | 1 | type",
                "record that is not an object | [{\"type\":\"view\"}, 42]                            | 1 |",
                "object in a scalar field     | [{\"user_id\":{\"id\":1}}]                             | 0 | user_id",
                "boolean in a scalar field    | [{\"type\":\"view\"},{\"type\":\"view\",\"geo\":false}]  | 1 | geo",
                "array as attributes          | [{\"attributes\":[1]}]                                 | 0 | attributes",
                "unterminated array           | [{\"type\":\"view\"}                                   | 1 |",
                "missing comma                | [{\"type\":\"view\"} {\"type\":\"view\"}]                | 1 |",
            })
    void refusesTheWholeBodyNamingRecordAndField(String name, String json, Integer index, String field) {
        BatchParse r = parse(json);
        assertThat(r).isInstanceOf(BatchParse.Invalid.class);
        BatchParse.Invalid inv = (BatchParse.Invalid) r;
        assertThat(inv.index()).isEqualTo(index);
        assertThat(inv.field()).isEqualTo(field);
        assertThat(inv.message()).isNotBlank();
    }

    @ParameterizedTest
    @ValueSource(strings = {"42", "\"text\"", "{\"items\":[]}", "{\"events\":{}}", "[] []", "   "})
    void refusesBodiesThatAreNotABatch(String json) {
        BatchParse r = parse(json);
        assertThat(r).isInstanceOf(BatchParse.Invalid.class);
        assertThat(((BatchParse.Invalid) r).index()).isNull();
    }

    @Test
    void stopsAtTheBatchLimit() {
        String one = "{\"type\":\"view\",\"user_id\":\"u\",\"item_id\":\"i\",\"timestamp\":\"2026-10-01T00:00:00Z\"}";
        assertThat(parse("[" + String.join(",", java.util.Collections.nCopies(5, one)) + "]"))
                .isInstanceOf(BatchParse.Parsed.class);
        assertThat(parse("[" + String.join(",", java.util.Collections.nCopies(6, one)) + "]"))
                .isEqualTo(new BatchParse.TooManyEvents(5));
    }

    @Test
    void anEmptyArrayIsAnEmptyBatch() {
        assertThat(parsed("[]").received()).isZero();
    }
}
