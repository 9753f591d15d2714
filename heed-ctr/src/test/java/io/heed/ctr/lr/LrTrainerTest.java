package io.heed.ctr.lr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.heed.ctr.CtrExamples;
import io.heed.ctr.Rows;
import io.heed.ctr.calibration.Probabilities;
import io.heed.ctr.features.FeatureHasher;
import io.heed.ctr.features.FeaturePipeline;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LrTrainerTest {
    private static final int BITS = 8;
    private static final int BIAS = FeatureHasher.slot(FeaturePipeline.BIAS, BITS);
    /** Two slots other than the bias's. */
    private static final int A = (BIAS + 1) % 256;

    private static final int B = (BIAS + 2) % 256;

    /** Ten rows (one-hot a, numeric b) whose optimum scikit-learn 1.2.1 gives (newton-cg, tol 1e-12). */
    private static CtrExamples tiny() {
        double[][] x = {{1, 0.5}, {1, -1}, {0, 2}, {0, 0}, {1, 1.5}, {0, -0.5}, {1, 0}, {0, 1}, {1, -2}, {0, 0.3}};
        int[] y = {1, 0, 1, 0, 1, 0, 0, 1, 1, 0};
        CtrExamples.Builder b = new CtrExamples.Builder();
        for (int r = 0; r < y.length; r++) {
            b.add(new int[] {BIAS, A, B}, new float[] {1, (float) x[r][0], (float) x[r][1]}, y[r], r);
        }
        return b.build();
    }

    @Test
    void givenATinySet_whenFitting_thenItFindsScikitLearnsOptimum() {
        // LogisticRegression(C=1) and (C=0.25): intercept, coef_a, coef_b; the intercept is unpenalised there too
        double[][] expected = {
            {1.0, -0.34287792611512213, 0.47726629140502924, 0.5875818510205157},
            {4.0, -0.12489761282381856, 0.1390734290976891, 0.3063068258346778}
        };
        for (double[] e : expected) {
            LrModel m = (LrModel) new LrTrainer(new LrConfig(e[0], 100, 1e-10)).fit(tiny(), BITS);

            assertThat((double) m.weight(BIAS)).isCloseTo(e[1], within(1e-5));
            assertThat((double) m.weight(A)).isCloseTo(e[2], within(1e-5));
            assertThat((double) m.weight(B)).isCloseTo(e[3], within(1e-5));
            assertThat(m.iterations()).isBetween(1, 20);
        }
    }

    @Test
    void withOnlyTheBiasTheWeightIsTheLogOddsOfTheClickRate() {
        CtrExamples.Builder b = new CtrExamples.Builder();
        for (int r = 0; r < 400; r++) {
            b.add(new int[] {BIAS}, new float[] {1}, r % 8 == 0 ? 1 : 0, r);
        }
        LrModel m = (LrModel) new LrTrainer(LrConfig.defaults()).fit(b.build(), BITS);

        assertThat((double) m.weight(BIAS)).isCloseTo(Math.log(1.0 / 7), within(1e-5));
    }

    @Test
    void gradientAndHessianProductsMatchFiniteDifferences() {
        CtrExamples d = randomRows(300, 11);
        LogisticObjective f = compact(d, 0.7);
        SplittableRandom rnd = new SplittableRandom(5);
        double[] w = new double[f.dim()];
        double[] v = new double[f.dim()];
        for (int j = 0; j < w.length; j++) {
            w[j] = rnd.nextGaussian() * 0.3;
            v[j] = rnd.nextGaussian();
        }
        double[] curvature = new double[f.rows()];
        double[] g = f.gradient(w, curvature);
        double[] hv = f.hessianTimes(curvature, v);
        double h = 1e-6;
        for (int j = 0; j < w.length; j++) {
            double[] up = w.clone();
            double[] down = w.clone();
            up[j] += h;
            down[j] -= h;
            assertThat(g[j]).as("gradient %d", j).isCloseTo((f.value(up) - f.value(down)) / (2 * h), within(1e-4));
        }
        double[] wv = w.clone();
        for (int j = 0; j < w.length; j++) {
            wv[j] += h * v[j];
        }
        double[] g2 = f.gradient(wv, new double[f.rows()]);
        for (int j = 0; j < w.length; j++) {
            assertThat(hv[j]).as("H·v %d", j).isCloseTo((g2[j] - g[j]) / h, within(1e-3));
        }
    }

    @Test
    void explanationsSumToTheMarginAndPredictionsStayInRange() {
        CtrExamples d = randomRows(2000, 3);
        LrModel m = (LrModel) new LrTrainer(LrConfig.defaults()).fit(d, BITS);
        for (int r = 0; r < 50; r++) {
            var x = Rows.vector(d, r);
            double sum = 0;
            for (double c : m.contributions(x)) {
                sum += c;
            }
            assertThat(sum).isCloseTo(m.margin(x), within(1e-9));
            assertThat(Probabilities.sigmoid(m.margin(x))).isBetween(0.0, 1.0);
        }
        assertThat(m.params()).containsEntry("l2", "1.0").containsKey("newtonIterations");
    }

    @Test
    void oneClassOrNoRowsIsAClearError() {
        CtrExamples.Builder b = new CtrExamples.Builder();
        for (int r = 0; r < 10; r++) {
            b.add(new int[] {BIAS, A}, new float[] {1, 1}, 0, r);
        }
        LrTrainer t = new LrTrainer(LrConfig.defaults());

        assertThatThrownBy(() -> t.fit(b.build(), BITS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("both clicks and non-clicks")
                .hasMessageContaining("0 clicks in 10 rows");
        assertThatThrownBy(() -> t.fit(new CtrExamples.Builder().build(), BITS))
                .hasMessageContaining("no training rows");
    }

    @Test
    void invalidSettingsAreRejectedNamingTheField() {
        assertThatThrownBy(() -> new LrConfig(0, 10, 1e-6)).hasMessageContaining("l2");
        assertThatThrownBy(() -> new LrConfig(Double.NaN, 10, 1e-6)).hasMessageContaining("l2");
        assertThatThrownBy(() -> new LrConfig(1, 0, 1e-6)).hasMessageContaining("maxIterations");
        assertThatThrownBy(() -> new LrConfig(1, 10, 0)).hasMessageContaining("tolerance");
    }

    /** Rows over the bias and 12 further slots, labels from a logistic truth. */
    private static CtrExamples randomRows(int n, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        CtrExamples.Builder b = new CtrExamples.Builder();
        for (int r = 0; r < n; r++) {
            int s1 = 10 + rnd.nextInt(6);
            int s2 = 20 + rnd.nextInt(6);
            float v = (float) rnd.nextGaussian();
            double m = -1 + (s1 - 12) * 0.3 - (s2 - 22) * 0.2 + 0.5 * v;
            int y = rnd.nextDouble() < 1 / (1 + Math.exp(-m)) ? 1 : 0;
            b.add(new int[] {BIAS, s1, s2, 40}, new float[] {1, 1, 1, v}, y, r);
        }
        return b.build();
    }

    /** The objective as the trainer builds it, over the slots in order of first use. */
    private static LogisticObjective compact(CtrExamples d, double l2) {
        int[] column = new int[1 << BITS];
        java.util.Arrays.fill(column, -1);
        int dim = 0;
        int[] cols = new int[d.indices().length];
        for (int p = 0; p < cols.length; p++) {
            if (column[d.indices()[p]] < 0) {
                column[d.indices()[p]] = dim++;
            }
            cols[p] = column[d.indices()[p]];
        }
        int[] starts = new int[d.size() + 1];
        for (int r = 0; r < d.size(); r++) {
            starts[r + 1] = d.end(r);
        }
        return new LogisticObjective(starts, cols, d.values(), d.labels(), dim, l2, column[BIAS]);
    }
}
