package io.heed.profiles.persona;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A model file saved in format 1 must keep loading, and assign as it did, in every later version. */
class PersonaModelGoldenTest {
    static String golden() throws IOException {
        try (InputStream in = PersonaModelGoldenTest.class.getResourceAsStream("persona-model-format1.json")) {
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
    void writingTheLoadedModelReproducesTheFile() throws IOException {
        assertThat(PersonaModelJson.toJson(PersonaModelJson.fromJson(golden()))).isEqualTo(golden());
        assertThat(List.of(golden().split("\n"))).first().isEqualTo("{");
    }
}
