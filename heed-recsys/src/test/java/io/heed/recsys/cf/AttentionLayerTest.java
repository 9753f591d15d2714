package io.heed.recsys.cf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The attention layer's hand-written backward pass against central finite differences of its forward pass. */
class AttentionLayerTest {
    private static final int D = 6;
    private static final int[] HIST = {4, 1, 3};

    @Test
    void backwardMatchesFiniteDifferencesForTheItemRowsAndTheAttentionVector() {
        SplittableRandom rnd = new SplittableRandom(17);
        float[] x = random(rnd, 5 * D);
        float[] a = random(rnd, D);
        float[] dc = random(rnd, D); // loss L = dc · c, so dL/dc = dc
        float[] alpha = new float[HIST.length];
        float[] c = new float[D];
        AttentionLayer.forward(HIST, HIST.length, x, a, D, alpha, c);
        float[] gradX = new float[HIST.length * D];
        float[] gradA = new float[D];
        AttentionLayer.backward(HIST, HIST.length, x, a, D, alpha, dc, gradX, gradA);

        for (int j = 0; j < HIST.length; j++) {
            for (int f = 0; f < D; f++) {
                int o = HIST[j] * D + f;
                assertThat(gradX[j * D + f])
                        .as("dL/dx[%d][%d]", j, f)
                        .isCloseTo(numeric(x, o, x, a, dc), org.assertj.core.data.Offset.offset(2e-3f));
            }
        }
        for (int f = 0; f < D; f++) {
            assertThat(gradA[f])
                    .as("dL/da[%d]", f)
                    .isCloseTo(numeric(a, f, x, a, dc), org.assertj.core.data.Offset.offset(2e-3f));
        }
    }

    /** (L(p + h) − L(p − h)) / 2h for parameter {@code p[at]}, which is an element of x or a. */
    private static float numeric(float[] p, int at, float[] x, float[] a, float[] dc) {
        float h = 1e-2f;
        float keep = p[at];
        p[at] = keep + h;
        double up = loss(x, a, dc);
        p[at] = keep - h;
        double down = loss(x, a, dc);
        p[at] = keep;
        return (float) ((up - down) / (2 * h));
    }

    private static double loss(float[] x, float[] a, float[] dc) {
        float[] c = new float[D];
        AttentionLayer.forward(HIST, HIST.length, x, a, D, new float[HIST.length], c);
        double l = 0;
        for (int f = 0; f < D; f++) {
            l += dc[f] * c[f];
        }
        return l;
    }

    private static float[] random(SplittableRandom rnd, int n) {
        float[] v = new float[n];
        for (int j = 0; j < n; j++) {
            v[j] = (float) (rnd.nextDouble() * 2 - 1);
        }
        return v;
    }
}
