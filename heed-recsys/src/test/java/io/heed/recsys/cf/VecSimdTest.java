package io.heed.recsys.cf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** The Vector API kernels (surefire runs with --add-modules jdk.incubator.vector) against the plain loops. */
class VecSimdTest {
    @Test
    void vectorApiIsOnInTestsSoTheKernelsBelowAreExercised() {
        assertThat(VecF.SIMD).isTrue();
    }

    @Test
    void floatDotIsBitIdenticalToThePlainLoop() {
        SplittableRandom rnd = new SplittableRandom(3);
        for (int n : new int[] {0, 1, 7, 8, 9, 63, 64, 65, 130}) {
            float[] a = new float[n + 5];
            float[] b = new float[n + 11];
            for (int j = 0; j < a.length; j++) {
                a[j] = (float) (rnd.nextDouble() * 2 - 1) * (j % 3 == 0 ? 1e4f : 1e-3f);
            }
            for (int j = 0; j < b.length; j++) {
                b[j] = (float) (rnd.nextDouble() * 2 - 1);
            }
            assertThat(Float.floatToIntBits(VecSimd.dot(a, 3, b, 7, n)))
                    .as("n = %d", n)
                    .isEqualTo(Float.floatToIntBits(Vec.dotLoop(a, 3, b, 7, n)));
        }
    }

    @Test
    void floatTrainingKernelsAgreeWithTheLoopsToRounding() {
        SplittableRandom rnd = new SplittableRandom(5);
        for (int n : new int[] {1, 8, 13, 64}) {
            float[] a = floats(rnd, n + 2);
            float[] b = floats(rnd, n + 4);
            assertThat(VecSimd.dotFma(a, 2, b, 4, n)).isCloseTo(Vec.dotLoop(a, 2, b, 4, n), Offset.offset(1e-5f));
            float[] y = b.clone();
            VecSimd.axpy(0.5f, a, 2, y, 4, n);
            for (int f = 0; f < n; f++) {
                assertThat(y[4 + f]).isCloseTo(b[4 + f] + 0.5f * a[2 + f], Offset.offset(1e-6f));
            }
        }
    }

    @Test
    void fusedRowPassMatchesSeparateDotAndAxpyForTheRegisterAndGenericPaths() {
        SplittableRandom rnd = new SplittableRandom(9);
        for (int k : new int[] {64, 24}) {
            float[] factors = floats(rnd, 50 * k);
            int[] idx = {3, 17, 4, 49, 0};
            float[] w = {1f, 2.5f, 0.5f, 4f, 1f};
            float[] v = floats(rnd, k);
            for (boolean residual : new boolean[] {true, false}) {
                float[] fused = floats(new SplittableRandom(1), k);
                float[] separate = fused.clone();
                VecSimd.rowPass(factors, idx, w, 1, 5, k, 3f, residual, v, fused);
                for (int q = 1; q < 5; q++) {
                    float cm1 = 3f * w[q];
                    double d = 0;
                    for (int f = 0; f < k; f++) {
                        d += (double) factors[idx[q] * k + f] * v[f];
                    }
                    double c = residual ? 1 + cm1 - cm1 * d : cm1 * d;
                    for (int f = 0; f < k; f++) {
                        separate[f] += (float) (c * factors[idx[q] * k + f]);
                    }
                }
                for (int f = 0; f < k; f++) {
                    assertThat(fused[f])
                            .as("k %d residual %s f %d", k, residual, f)
                            .isCloseTo(separate[f], Offset.offset(1e-4f));
                }
            }
        }
    }

    private static float[] floats(SplittableRandom rnd, int n) {
        float[] a = new float[n];
        for (int j = 0; j < n; j++) {
            a[j] = (float) (rnd.nextDouble() * 2 - 1);
        }
        return a;
    }
}
