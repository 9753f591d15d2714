package io.heed.recsys.cf;

/**
 * Small dense kernels on float arrays with offsets, used at scoring time (factor models, EASE rows). Dot products
 * keep eight partial sums: a single accumulator would serialise on the add latency, since Java may not
 * reassociate floating-point sums. Training kernels are in {@link VecF}.
 */
final class Vec {
    private Vec() {}

    static float dot(float[] a, int ao, float[] b, int bo, int n) {
        if (VecF.SIMD) {
            return VecSimd.dot(a, ao, b, bo, n);
        }
        return dotLoop(a, ao, b, bo, n);
    }

    /** The plain-loop dot product (the definition {@link VecSimd#dot(float[], int, float[], int, int)} matches). */
    static float dotLoop(float[] a, int ao, float[] b, int bo, int n) {
        float s0 = 0;
        float s1 = 0;
        float s2 = 0;
        float s3 = 0;
        float s4 = 0;
        float s5 = 0;
        float s6 = 0;
        float s7 = 0;
        int f = 0;
        for (; f + 7 < n; f += 8) {
            s0 += a[ao + f] * b[bo + f];
            s1 += a[ao + f + 1] * b[bo + f + 1];
            s2 += a[ao + f + 2] * b[bo + f + 2];
            s3 += a[ao + f + 3] * b[bo + f + 3];
            s4 += a[ao + f + 4] * b[bo + f + 4];
            s5 += a[ao + f + 5] * b[bo + f + 5];
            s6 += a[ao + f + 6] * b[bo + f + 6];
            s7 += a[ao + f + 7] * b[bo + f + 7];
        }
        for (; f < n; f++) {
            s0 += a[ao + f] * b[bo + f];
        }
        return ((s0 + s1) + (s2 + s3)) + ((s4 + s5) + (s6 + s7));
    }

    /** y[yo..yo+n) += a · x[xo..xo+n). */
    static void axpy(float a, float[] x, int xo, float[] y, int yo, int n) {
        for (int f = 0; f < n; f++) {
            y[yo + f] += a * x[xo + f];
        }
    }

    /** G = Σ rows yᵢyᵢᵀ over the n rows of Y (row-major, k columns), plus {@code diag} on the diagonal. */
    static float[] gram(float[] y, int n, int k, float diag) {
        float[] g = new float[k * k];
        for (int i = 0; i < n; i++) {
            int o = i * k;
            for (int a = 0; a < k; a++) {
                float ya = y[o + a];
                if (ya != 0f) {
                    // upper triangle only: row a, columns a..k
                    axpyRange(ya, y, o, g, a * k, a, k);
                }
            }
        }
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < a; b++) {
                g[a * k + b] = g[b * k + a];
            }
            g[a * k + a] += diag;
        }
        return g;
    }

    private static void axpyRange(float a, float[] x, int xo, float[] y, int yo, int from, int to) {
        for (int f = from; f < to; f++) {
            y[yo + f] += a * x[xo + f];
        }
    }
}
