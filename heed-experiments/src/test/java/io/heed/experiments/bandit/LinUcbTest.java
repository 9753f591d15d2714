package io.heed.experiments.bandit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.heed.core.explore.Choice;
import io.heed.core.explore.Sampling;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LinUcbTest {

    @Test
    void shermanMorrisonKeepsTheExactRidgeInverse() {
        int d = 4;
        double lambda = 0.5;
        LinUcb policy = new LinUcb(1, d, 1.0, lambda);
        double[][] a = new double[d][d];
        for (int i = 0; i < d; i++) {
            a[i][i] = lambda;
        }
        SplittableRandom rng = Sampling.seeded(9);
        for (int t = 0; t < 200; t++) {
            double[] x = new double[d];
            for (int i = 0; i < d; i++) {
                x[i] = Sampling.gaussian(rng);
            }
            policy.update(0, x, rng.nextDouble());
            for (int i = 0; i < d; i++) {
                for (int j = 0; j < d; j++) {
                    a[i][j] += x[i] * x[j];
                }
            }
        }
        double[][] expected = invert(a);
        double[][] actual = policy.inverseDesign(0);
        for (int i = 0; i < d; i++) {
            assertThat(actual[i]).containsExactly(expected[i], within(1e-10));
        }
    }

    @Test
    void untriedArmsTieWithUniformPropensityAndTheBestArmIsLearned() {
        int arms = 3;
        int d = 3;
        LinUcb policy = new LinUcb(arms, d, 0.5, 1.0);
        Choice first = policy.choose(new double[] {1, 0, 0}, Sampling.seeded(1));
        assertThat(first.propensity()).isCloseTo(1.0 / 3, within(1e-12));

        double[][] theta = {{0.1, 0.0, 0.2}, {0.5, 0.1, 0.0}, {0.0, 0.3, 0.3}};
        SplittableRandom rng = Sampling.seeded(2);
        int correct = 0;
        for (int t = 0; t < 3000; t++) {
            double[] x = {1, rng.nextDouble(), rng.nextDouble()};
            Choice c = policy.choose(x, rng);
            double reward = dot(theta[c.arm()], x) + 0.1 * Sampling.gaussian(rng);
            policy.update(c.arm(), x, reward);
            if (t >= 2500) {
                int best = 0;
                for (int a = 1; a < arms; a++) {
                    best = dot(theta[a], x) > dot(theta[best], x) ? a : best;
                }
                correct += c.arm() == best ? 1 : 0;
                assertThat(c.propensity()).isEqualTo(1.0);
            }
        }
        assertThat(correct).isGreaterThan(400);
    }

    private static double dot(double[] u, double[] v) {
        double s = 0;
        for (int i = 0; i < u.length; i++) {
            s += u[i] * v[i];
        }
        return s;
    }

    /** Gauss–Jordan with partial pivoting: an independent inverse for the check. */
    private static double[][] invert(double[][] m) {
        int n = m.length;
        double[][] a = new double[n][2 * n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(m[i], 0, a[i], 0, n);
            a[i][n + i] = 1;
        }
        for (int c = 0; c < n; c++) {
            int p = c;
            for (int r = c + 1; r < n; r++) {
                p = Math.abs(a[r][c]) > Math.abs(a[p][c]) ? r : p;
            }
            double[] tmp = a[c];
            a[c] = a[p];
            a[p] = tmp;
            double pivot = a[c][c];
            for (int j = 0; j < 2 * n; j++) {
                a[c][j] /= pivot;
            }
            for (int r = 0; r < n; r++) {
                if (r != c) {
                    double f = a[r][c];
                    for (int j = 0; j < 2 * n; j++) {
                        a[r][j] -= f * a[c][j];
                    }
                }
            }
        }
        double[][] inv = new double[n][n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(a[i], n, inv[i], 0, n);
        }
        return inv;
    }
}
