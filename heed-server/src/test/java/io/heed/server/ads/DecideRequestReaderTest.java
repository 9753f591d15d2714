package io.heed.server.ads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.heed.ads.decide.DecisionRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DecideRequestReaderTest {
    private static DecideRequestReader.Read read(String json) {
        return DecideRequestReader.read(json.getBytes(StandardCharsets.UTF_8), id -> "labelled-" + id);
    }

    private static String badField(String json) {
        try {
            read(json);
        } catch (Bodies.BadField e) {
            return e.field + " " + e.getMessage();
        }
        throw new AssertionError("accepted: " + json);
    }

    @Test
    void readsEveryFieldAndSkipsUnknownOnes() {
        DecideRequestReader.Read r = read(
                "{\"placement\":\"feed\",\"unknown\":{\"a\":[1,{\"b\":2}]},\"user\":{\"id\":\"u1\","
                        + "\"consent\":{\"advertising\":true,\"x\":1},\"persona\":\"gamer\",\"segments\":[\"auto\",\"auto\",\"news\"],"
                        + "\"extra\":[true]},\"context\":{\"category\":\"gaming\",\"geo\":\"FR\",\"device\":\"mobile\",\"z\":null},"
                        + "\"timestamp\":\"2026-10-01T12:00:00Z\",\"count\":2.0,\"floor_cpm\":0.5,\"request_id\":\"rq\",\"debug\":true}");
        DecisionRequest q = r.request();
        assertThat(r.debug()).isTrue();
        assertThat(q)
                .isEqualTo(DecisionRequest.builder()
                        .requestId("rq")
                        .placement("feed")
                        .user("u1")
                        .consent(true)
                        .persona("gamer")
                        .segments(new java.util.LinkedHashSet<>(List.of("auto", "news")))
                        .context("gaming")
                        .geo("FR")
                        .device("mobile")
                        .timestampMillis(Instant.parse("2026-10-01T12:00:00Z").toEpochMilli())
                        .maxAds(2)
                        .floorCpm(0.5)
                        .build());
    }

    @Test
    void nullIsAbsentAndAConsentingUserWithoutPersonaGetsTheLabelledOne() {
        DecisionRequest q = read("{\"placement\":\"feed\",\"user\":{\"id\":\"u7\",\"persona\":null,"
                        + "\"consent\":{\"advertising\":true}},\"context\":null,\"count\":null}")
                .request();
        assertThat(q.persona()).isEqualTo("labelled-u7");
        assertThat(q.context()).isNull();
        assertThat(q.maxAds()).isZero();
        assertThat(q.requestId()).startsWith("r");
        assertThat(read("{\"placement\":\"feed\",\"user\":{\"id\":\"u7\"}}")
                        .request()
                        .persona())
                .as("no consent: no lookup")
                .isNull();
    }

    @Test
    void badInputNamesTheField() {
        assertThatThrownBy(() -> DecideRequestReader.read(new byte[0], id -> null))
                .isInstanceOf(Bodies.BadField.class)
                .hasMessage("the body is empty");
        assertThat(badField("not json")).startsWith("body the body is not a JSON object");
        assertThat(badField("[1,2]")).isEqualTo("body the body is not a JSON object");
        assertThat(badField("{\"placement\":\"feed\"} {}"))
                .isEqualTo("body the body has content after its JSON object");
        assertThat(badField("{\"placement\":\"feed\"")).startsWith("body the body is not a JSON object: ");
        assertThat(badField("{}")).isEqualTo("placement is required");
        assertThat(badField("{\"placement\":\"  \"}")).isEqualTo("placement must not be blank");
        assertThat(badField("{\"placement\":7}")).isEqualTo("placement must be a string");
        assertThat(badField("{\"placement\":\"feed\",\"user\":[]}")).isEqualTo("user must be an object");
        assertThat(badField("{\"placement\":\"feed\",\"user\":{\"id\":1}}")).isEqualTo("user.id must be a string");
        assertThat(badField("{\"placement\":\"feed\",\"user\":{\"consent\":{\"advertising\":\"yes\"}}}"))
                .isEqualTo("user.consent.advertising must be true or false");
        assertThat(badField("{\"placement\":\"feed\",\"user\":{\"consent\":true}}"))
                .isEqualTo("user.consent must be an object");
        assertThat(badField("{\"placement\":\"feed\",\"user\":{\"segments\":\"a\"}}"))
                .isEqualTo("user.segments must be an array");
        assertThat(badField("{\"placement\":\"feed\",\"user\":{\"segments\":[\"a\",null]}}"))
                .isEqualTo("user.segments[1] must be a string");
        assertThat(badField("{\"placement\":\"feed\",\"context\":{\"geo\":{}}}"))
                .isEqualTo("context.geo must be a string");
        assertThat(badField("{\"placement\":\"feed\",\"count\":\"two\"}")).isEqualTo("count must be an integer");
        assertThat(badField("{\"placement\":\"feed\",\"count\":1.5}")).isEqualTo("count must be an integer");
        assertThat(badField("{\"placement\":\"feed\",\"count\":1e12}")).isEqualTo("count must be an integer");
        assertThat(badField("{\"placement\":\"feed\",\"count\":21}")).isEqualTo("count must be in 0..20");
        assertThat(badField("{\"placement\":\"feed\",\"floor_cpm\":-1}")).isEqualTo("floor_cpm must be >= 0");
        assertThat(badField("{\"placement\":\"feed\",\"floor_cpm\":1e400}")).isEqualTo("floor_cpm must be a number");
        assertThat(badField("{\"placement\":\"feed\",\"floor_cpm\":\"1\"}")).isEqualTo("floor_cpm must be a number");
        assertThat(badField("{\"placement\":\"feed\",\"debug\":1}")).isEqualTo("debug must be true or false");
        assertThat(badField("{\"placement\":\"feed\",\"timestamp\":\"yesterday\"}"))
                .startsWith("timestamp must be an ISO-8601 instant");
    }
}
