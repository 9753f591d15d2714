package io.heed.events.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.heed.core.Result;
import io.heed.events.model.Event;
import io.heed.events.model.EventTypes;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EventValidatorTest {
    static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
    final EventValidator validator =
            new EventValidator(ValidationPolicy.defaults().withClock(Clock.fixed(NOW, ZoneOffset.UTC)));

    static RawEvent.Builder ok() {
        return RawEvent.builder()
                .eventId("e1")
                .type("view")
                .userId("u1")
                .itemId("i1")
                .timestamp("2026-10-01T07:13:05Z");
    }

    @ParameterizedTest(name = "{0}={1} -> {2}")
    @CsvSource(
            nullValues = "NULL",
            value = {
                "type, teleport, unknown_event_type",
                "type, NULL, unknown_event_type",
                "timestamp, 2026-11-28T12:05:01Z, timestamp_in_future",
                "timestamp, 1999-12-31T23:59:59Z, timestamp_too_early",
                "timestamp, yesterday, bad_timestamp",
                "timestamp, 2026-02-30, bad_timestamp",
                "value, -1, negative_value",
                "value, abc, non_numeric_value",
                "value, NaN, non_numeric_value",
                "value, 1e999, non_numeric_value",
                "position, -2, bad_position",
                "position, 1.5, bad_position",
                "user_id, NULL, missing_user_id",
                "item_id, NULL, missing_item_id"
            })
    void rejectsWithTheFirstApplicableReason(String field, String value, String reason) {
        RawEvent.Builder b = ok();
        b.set(field, value);
        Result<Event> r = validator.validate(b.build());
        assertThat(r).isInstanceOf(Result.Err.class);
        assertThat(((Result.Err<Event>) r).problem().code()).isEqualTo(reason);
        assertThat(((Result.Err<Event>) r).problem().field())
                .isEqualTo(RejectReason.fromCode(reason).field());
    }

    @Test
    void normalisesAndFillsDefaults() {
        Event e = validator
                .validate(ok().type(" VIEW ")
                        .userId(null)
                        .anonymousId("dev-9")
                        .eventId(null)
                        .position(" 4 ")
                        .timestamp("1759302800123")
                        .build())
                .orThrow();
        assertThat(e.type()).isEqualTo("view");
        assertThat(e.tenantId()).isEqualTo("default");
        assertThat(e.userId()).isEqualTo("dev-9");
        assertThat(e.anonymousId()).isEqualTo("dev-9");
        assertThat(e.context().position()).isEqualTo(4);
        assertThat(e.timestamp()).isEqualTo(Instant.parse("2025-10-01T07:13:20.123Z"));
        assertThat(e.eventId()).startsWith("d:").hasSize(34);
        Event again = validator
                .validate(ok().type(" VIEW ")
                        .userId(null)
                        .anonymousId("dev-9")
                        .eventId(null)
                        .position(" 4 ")
                        .timestamp("1759302800123")
                        .build())
                .orThrow();
        assertThat(again.eventId()).isEqualTo(e.eventId());
    }

    @Test
    void valueRulesFollowTheType() {
        assertThat(validator.validate(ok().type("dwell").build()).isOk()).isFalse();
        assertThat(validator
                        .validate(ok().type("dwell").value("12.5").build())
                        .orThrow()
                        .value())
                .isEqualTo(12.5);
        assertThat(validator.validate(ok().type("purchase").build()).orThrow().value())
                .isNull();
    }

    @Test
    void extraTypesAreAcceptedOnlyWhenDeclared() {
        RawEvent like = ok().type("like").build();
        assertThat(validator.validate(like).isOk()).isFalse();
        EventValidator extended =
                new EventValidator(ValidationPolicy.defaults().withTypes(EventTypes.withExtra(Set.of("like"))));
        assertThat(extended.validate(like).isOk()).isTrue();
    }

    @Test
    void offsetsAndFractionsParse() {
        assertThat(FieldGrammar.parseTimestamp("2026-10-01T07:13:05+02:00"))
                .isEqualTo(Instant.parse("2026-10-01T05:13:05Z"));
        assertThat(FieldGrammar.parseTimestamp("2019-11-24 00:03:13.442536+00:00"))
                .isEqualTo(Instant.parse("2019-11-24T00:03:13.442536Z"));
        assertThat(FieldGrammar.parseTimestamp("964982703")).isEqualTo(Instant.parse("2000-07-30T18:45:03Z"));
        assertThat(FieldGrammar.parseDecimal("0x10")).isNull();
        assertThat(FieldGrammar.parseInteger("+7")).isEqualTo(7);
    }

    @Test
    void theNonCapturingShapeMatchesExactlyTheTimestampGrammar() {
        assertThat(FieldGrammar.ISO_TIMESTAMP_SHAPE).doesNotContain("(\\d").contains("(?:");
        java.util.regex.Pattern full = java.util.regex.Pattern.compile(FieldGrammar.ISO_TIMESTAMP);
        java.util.regex.Pattern shape = java.util.regex.Pattern.compile(FieldGrammar.ISO_TIMESTAMP_SHAPE);
        for (String s : new String[] {
            "2026-10-01",
            "2026-10-01T07:13",
            "2026-10-01 07:13:05.123456789+01:00",
            "2026-10-01T07:13:05Z",
            "2026-10-01T07:13:05-0530",
            "2026-10-01T7:13",
            "26-10-01",
            "2026-10-01TZ",
            "2026-10-01T07:13:05.Z",
            "2026-10-01T07:13:05+1",
            "x"
        }) {
            assertThat(shape.matcher(s).matches())
                    .as(s)
                    .isEqualTo(full.matcher(s).matches());
        }
    }
}
