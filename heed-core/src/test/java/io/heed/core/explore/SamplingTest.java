package io.heed.core.explore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SamplingTest {

    @Test
    void chooseReturnsTheSampledArmWithItsProbabilityAndMatchesThePmf() {
        Pmf pmf = Pmf.of(0.2, 0.5, 0.3);
        SplittableRandom rng = Sampling.seeded(1);
        int[] counts = new int[3];
        int n = 100_000;
        for (int i = 0; i < n; i++) {
            Choice c = Sampling.choose(pmf, rng);
            assertThat(c.propensity()).isEqualTo(pmf.probability(c.arm()));
            counts[c.arm()]++;
        }
        assertThat(counts[0] / (double) n).isCloseTo(0.2, within(0.006));
        assertThat(counts[1] / (double) n).isCloseTo(0.5, within(0.006));
        assertThat(counts[2] / (double) n).isCloseTo(0.3, within(0.006));
    }

    @Test
    void sameSeedSameSequence() {
        SplittableRandom a = Sampling.seeded(42);
        SplittableRandom b = Sampling.seeded(42);
        for (int i = 0; i < 100; i++) {
            assertThat(Sampling.beta(2, 3, a)).isEqualTo(Sampling.beta(2, 3, b));
        }
    }

    @Test
    void betaAndGammaHaveTheRightMoments() {
        SplittableRandom rng = Sampling.seeded(7);
        int n = 100_000;
        double[][] params = {{2, 5}, {0.5, 0.5}, {30, 70}};
        for (double[] ab : params) {
            double a = ab[0];
            double b = ab[1];
            double sum = 0;
            double sq = 0;
            for (int i = 0; i < n; i++) {
                double x = Sampling.beta(a, b, rng);
                sum += x;
                sq += x * x;
            }
            double mean = sum / n;
            double var = sq / n - mean * mean;
            double expectedVar = a * b / ((a + b) * (a + b) * (a + b + 1));
            assertThat(mean).isCloseTo(a / (a + b), within(5 * Math.sqrt(expectedVar / n)));
            assertThat(var).isCloseTo(expectedVar, within(0.05 * expectedVar));
        }
    }

    @Test
    void pmfValidatesAndBuildsEpsilonGreedy() {
        assertThatThrownBy(() -> Pmf.of(0.5, 0.6)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Pmf.ofWeights(0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Pmf.ofWeights(1, -1)).isInstanceOf(IllegalArgumentException.class);
        Pmf eg = Pmf.epsilonGreedy(4, 2, 0.2);
        assertThat(eg.toArray()).containsExactly(new double[] {0.05, 0.05, 0.85, 0.05}, within(1e-12));
        assertThat(Pmf.uniform(4).quantile(0.999999)).isEqualTo(3);
        assertThatThrownBy(() -> new Choice(0, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
