package io.heed.models.cf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The Vector API kernels (surefire runs with --add-modules jdk.incubator.vector) against the plain loops. */
class VecSimdTest {
    @Test
    void vectorApiIsOnInTestsSoTheKernelsBelowAreExercised() {
        assertThat(VecD.SIMD).isTrue();
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
                    .as("n = %d", n).isEqualTo(Float.floatToIntBits(Vec.dotLoop(a, 3, b, 7, n)));
        }
    }

    @Test
    void doubleKernelsAgreeWithTheLoopsToRounding() {
        SplittableRandom rnd = new SplittableRandom(5);
        for (int n : new int[] {1, 8, 13, 64}) {
            double[] a = rnd.doubles(n + 2, -1, 1).toArray();
            double[] b = rnd.doubles(n + 4, -1, 1).toArray();
            double loop = 0;
            for (int f = 0; f < n; f++) {
                loop += a[2 + f] * b[4 + f];
            }
            assertThat(VecSimd.dot(a, 2, b, 4, n)).isCloseTo(loop, org.assertj.core.data.Offset.offset(1e-12));
            double[] y = b.clone();
            VecSimd.axpy(0.5, a, 2, y, 4, n);
            for (int f = 0; f < n; f++) {
                assertThat(y[4 + f]).isCloseTo(b[4 + f] + 0.5 * a[2 + f], org.assertj.core.data.Offset.offset(1e-15));
            }
        }
    }
}
