package io.heed.profiles.persona;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class PersonaDriftTest {
    static PersonaModel modelWithShares(double a, double b) {
        PersonaClustererTest.Planted p = PersonaClustererTest.planted(10, 1);
        PersonaModel m =
                new PersonaClusterer(PersonaConfig.fixedK(2, 1)).fit(p.m(), "w").model();
        return m.withDescriptions(List.of(
                new PersonaDescription(0, "a", 50, a, 0, List.of(), List.of(), List.of()),
                new PersonaDescription(1, "b", 50, b, 0, List.of(), List.of(), List.of())));
    }

    @Test
    void psiAndShareChangesAgainstTheBuildTimeShares() {
        // given: built 50/50, now 80/20
        PersonaModel m = modelWithShares(0.5, 0.5);
        int[] labels = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1};
        // when
        PersonaDrift d = PersonaDrift.measure(m, labels);
        // then: PSI = 0.3 ln(0.8/0.5) + (-0.3) ln(0.2/0.5)
        assertThat(d.psi()).isCloseTo(0.3 * Math.log(1.6) - 0.3 * Math.log(0.4), within(1e-12));
        assertThat(d.verdict()).isEqualTo("large");
        assertThat(d.shares().get(0).change()).isCloseTo(0.3, within(1e-12));
        assertThat(d.shares().get(1).users()).isEqualTo(2);
        assertThat(PersonaDrift.measure(m, new int[] {0, 1}).psi()).isZero();
        assertThat(PersonaDrift.measure(m, new int[] {0, 1}).verdict()).isEqualTo("stable");
    }

    @Test
    void anEmptiedPersonaGivesALargeFiniteValueAndBadInputFailsClearly() {
        PersonaModel m = modelWithShares(0.5, 0.5);
        PersonaDrift d = PersonaDrift.measure(m, new int[] {0, 0, 0});
        assertThat(d.psi()).isFinite().isGreaterThan(PersonaDrift.LARGE);
        assertThat(d.shares().get(1).share()).isZero();
        assertThatThrownBy(() -> PersonaDrift.measure(m, new int[0])).hasMessageContaining("no users");
        assertThatThrownBy(() -> PersonaDrift.measure(m, new int[] {2})).hasMessageContaining("not in 0..1");
        PersonaModel bare = m.withDescriptions(List.of());
        assertThatThrownBy(() -> PersonaDrift.measure(bare, new int[] {0})).hasMessageContaining("no descriptions");
    }
}
