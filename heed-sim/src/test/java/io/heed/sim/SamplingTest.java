package io.heed.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class SamplingTest {

    @Test
    void dirichletConcentratesWhereAlphaIsLarge() {
        SplittableRandom r = new SplittableRandom(1);
        double[] alpha = {12, 8, 6, 0.25, 0.25, 0.25, 0.25, 0.25, 0.25, 0.25, 0.25, 0.25};
        double top3 = 0;
        for (int i = 0; i < 1000; i++) {
            double[] x = Sampling.dirichlet(r, alpha);
            assertThat(Arrays.stream(x).sum()).isCloseTo(1.0, within(1e-9));
            top3 += x[0] + x[1] + x[2];
        }

        assertThat(top3 / 1000).isCloseTo(26 / 28.25, within(0.01));
    }

    @Test
    void gammaHasTheRightMeanForSmallAndLargeShapes() {
        SplittableRandom r = new SplittableRandom(2);
        for (double shape : new double[] {0.3, 1, 5}) {
            double sum = 0;
            for (int i = 0; i < 50_000; i++) {
                sum += Sampling.gamma(r, shape);
            }
            assertThat(sum / 50_000).as("shape %s", shape).isCloseTo(shape, within(0.03 * shape + 0.01));
        }
    }

    @Test
    void tableSamplesInProportionToWeights() {
        SplittableRandom r = new SplittableRandom(3);
        Sampling.Table t = new Sampling.Table(new int[] {10, 20, 30}, new double[] {1, 0, 3});
        int[] counts = new int[31];
        for (int i = 0; i < 40_000; i++) {
            counts[t.sample(r)]++;
        }

        assertThat(counts[20]).isZero();
        assertThat(counts[30] / (double) counts[10]).isCloseTo(3.0, within(0.15));
        assertThat(new Sampling.Table(new int[0], new double[0]).sample(r)).isEqualTo(-1);
    }
}
