package io.heed.profiles.persona;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Model files saved in formats 1 and 2 must keep loading, and assign as they did, in every later version. */
class PersonaModelGoldenTest {
    static String golden() throws IOException {
        return resource("persona-model-format1.json");
    }

    static String resource(String name) throws IOException {
        try (InputStream in = PersonaModelGoldenTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void formatOneLoadsAndAssigns() throws IOException {
        // when
        PersonaModel m = PersonaModelJson.fromJson(golden());
        // then
        assertThat(m.k()).isEqualTo(2);
        assertThat(m.features().names()).containsExactly("monetary_log", "cat_gaming", "cat_news", "constant");
        assertThat(m.provenance().config().seed()).isEqualTo(42);
        assertThat(m.provenance().metrics()).containsEntry("ari_vs_truth", 0.9);
        assertThat(m.descriptions()).extracting(PersonaDescription::label).containsExactly("gaming fans", "news fans");
        assertThat(m.descriptions().get(0).topRules()).hasSize(1);
        // a big gamer (z = +1, +1, -1) and a news reader (z = -1, -1, +1); the constant column is ignored
        PersonaAssigner a = m.assigner();
        assertThat(a.assign(new double[] {2.0, 0.6, 0.2, 7})).isZero();
        assertThat(a.assign(new double[] {1.0, 0.2, 0.4, -3})).isEqualTo(1);
        assertThat(a.label(1)).isEqualTo("news fans");
    }

    @Test
    void formatOneIsRewrittenAsTheCurrentFormatWithDefaults() throws IOException {
        String again = PersonaModelJson.toJson(PersonaModelJson.fromJson(golden()));
        PersonaConfig c = PersonaModelJson.fromJson(again).provenance().config();
        assertThat(c.algorithm()).isEqualTo(PersonaConfig.Algorithm.AUTO);
        assertThat(c.observedIf()).isEmpty();
        assertThat(again).contains("\"formatVersion\": " + PersonaModelJson.FORMAT_VERSION);
    }

    @Test
    void formatTwoLoadsAssignsWithItsObservedGroupsAndRoundTrips() throws IOException {
        // given: two personas over seen_a/seen_b/cat_a/cat_b; seen_* observed only when feed_personalised = 1
        String f2 = resource("persona-model-format2.json");
        // when
        PersonaModel m = PersonaModelJson.fromJson(f2);
        // then
        assertThat(m.provenance().config().observedIf()).containsEntry("seen_", "feed_personalised");
        assertThat(PersonaModelJson.toJson(m)).isEqualTo(f2);
        assertThat(List.of(f2.split("\n"))).first().isEqualTo("{");
        PersonaAssigner a = m.assigner();
        int aHeavy = a.assign(new double[] {0.75, 0.25, 0.75, 0.25, 1});
        assertThat(a.assign(new double[] {0.25, 0.75, 0.25, 0.75, 1})).isNotEqualTo(aHeavy);
        // a refusing user whose feed looked b-heavy but who clicks a: the feed is ignored
        assertThat(a.assign(new double[] {0.0, 1.0, 0.75, 0.25, 0})).isEqualTo(aHeavy);
        assertThat(a.assign(new double[] {0.0, 1.0, 0.75, 0.25, 1})).isNotEqualTo(aHeavy);
    }

    @Test
    void aFileWrittenBeforeJacksonLoadsToTheSameModelAndIsRewrittenByteForByte() throws IOException {
        // given: the format 1 golden re-saved by the hand-written JSON writer that Jackson replaced, with labels
        // holding quotes, a backslash, non-ASCII text and control characters (its lower-case hex escapes)
        String before = resource("persona-model-written-before-jackson.json");
        // when
        PersonaModel m = PersonaModelJson.fromJson(before);
        // then
        assertThat(m.descriptions())
                .extracting(PersonaDescription::label)
                .containsExactly("gaming \"fans\" \\ slash/ é ✓", "news\tfans\nline\u0001\u0008\u001f");
        PersonaModel old = PersonaModelJson.fromJson(golden());
        assertThat(m.centroids()).isEqualTo(old.centroids());
        assertThat(m.scaler().means()).isEqualTo(old.scaler().means());
        assertThat(m.provenance()).isEqualTo(old.provenance());
        assertThat(m.descriptions().get(0).distinguishing())
                .isEqualTo(old.descriptions().get(0).distinguishing());
        assertThat(PersonaModelJson.toJson(m)).isEqualTo(before);
    }

    @Test
    void malformedFilesAreRefusedClearly() {
        assertThatThrownBy(() -> PersonaModelJson.fromJson("{\"format\": \"heed-persona-model\"} trailing"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("invalid JSON");
        assertThatThrownBy(() -> PersonaModelJson.fromJson("[1]"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a persona model");
        assertThatThrownBy(() -> PersonaModelJson.fromJson("{\"format\": \"other\"}"))
                .hasMessage("not a persona model: format is other");
    }
}
