package io.heed.experiments.bandit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.heed.core.explore.Choice;
import io.heed.core.explore.Pmf;
import io.heed.core.explore.Sampling;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ThompsonSamplingTest {

    @Test
    void exactTwoArmProbabilityMatchesClosedForms() {
        assertThat(ThompsonSampling.probabilityGreater(1, 1, 1, 1)).isCloseTo(0.5, within(1e-9));
        // X ~ Beta(2,1) (density 2x), Y ~ U(0,1): P(X > Y) = ∫ 2x * x dx = 2/3
        assertThat(ThompsonSampling.probabilityGreater(2, 1, 1, 1)).isCloseTo(2.0 / 3, within(1e-9));
        // Peaked posteriors (thousands of observations) stay accurate: compare with Monte Carlo
        SplittableRandom rng = Sampling.seeded(3);
        int n = 200_000;
        int wins = 0;
        for (int i = 0; i < n; i++) {
            wins += Sampling.beta(61, 940, rng) > Sampling.beta(51, 950, rng) ? 1 : 0;
        }
        assertThat(ThompsonSampling.probabilityGreater(61, 940, 51, 950)).isCloseTo(wins / (double) n, within(0.005));
    }

    @Test
    void propensityIsTheProbabilityTheArmIsChosen() {
        ThompsonSampling ts = new ThompsonSampling(3, 1, 1, 20_000);
        int[][] history = {{8, 92}, {12, 88}, {10, 90}};
        for (int a = 0; a < 3; a++) {
            for (int s = 0; s < history[a][0]; s++) {
                ts.update(a, true);
            }
            for (int f = 0; f < history[a][1]; f++) {
                ts.update(a, false);
            }
        }
        SplittableRandom rng = Sampling.seeded(11);
        Pmf pmf = ts.armProbabilities(rng);
        int[] counts = new int[3];
        int n = 20_000;
        for (int i = 0; i < n; i++) {
            counts[ts.drawArgmax(rng)]++;
        }
        for (int a = 0; a < 3; a++) {
            assertThat(pmf.probability(a)).isCloseTo(counts[a] / (double) n, within(0.02));
        }
        Choice c = ts.choose(Sampling.seeded(5));
        assertThat(c.propensity()).isBetween(0.0, 1.0);
        assertThat(ts.choose(Sampling.seeded(5))).isEqualTo(c);
    }

    @Test
    void regretAgainstTheBestFixedArmIsFarBelowUniform() {
        RegretSimulation.Outcome o =
                RegretSimulation.run(new double[] {0.04, 0.05, 0.03, 0.07, 0.06}, 20_000, 20261128L);
        System.out.println("TS regret: " + o.figures());

        assertThat(o.thompsonRegret()).isLessThan(o.uniformRegret() / 4);
        assertThat(o.thompsonBestArmShare()).isGreaterThan(0.6);
        assertThat(RegretSimulation.run(new double[] {0.1, 0.2}, 500, 1L))
                .usingRecursiveComparison()
                .isEqualTo(RegretSimulation.run(new double[] {0.1, 0.2}, 500, 1L));
    }
}
