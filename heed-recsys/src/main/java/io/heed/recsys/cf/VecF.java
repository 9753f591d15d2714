package io.heed.recsys.cf;

import java.util.Arrays;

/**
 * Float kernels for iALS training on flat row-major arrays with offsets. Factors are float so that the fixed side
 * (up to 138,000 × 64 rows read from memory every CG pass) costs half the memory traffic of double and twice the
 * SIMD lanes; only the Gram matrix YᵀY, a sum over all rows, is accumulated in double. Each kernel runs on the
 * Vector API when the JVM has it ({@link #SIMD}); the plain loops are the fallback and the definition the tests
 * compare against. Dot products keep eight partial sums because Java may not reassociate floating-point additions.
 */
final class VecF {
    /** Whether the Vector API module is present (JVM flag {@code --add-modules jdk.incubator.vector}). */
    static final boolean SIMD =
            ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent();

    private VecF() {}

    static float dot(float[] a, int ao, float[] b, int bo, int n) {
        return SIMD ? VecSimd.dotFma(a, ao, b, bo, n) : Vec.dotLoop(a, ao, b, bo, n);
    }

    /** y[yo..yo+n) += a · x[xo..xo+n). */
    static void axpy(float a, float[] x, int xo, float[] y, int yo, int n) {
        if (SIMD) {
            VecSimd.axpy(a, x, xo, y, yo, n);
            return;
        }
        for (int f = 0; f < n; f++) {
            y[yo + f] += a * x[xo + f];
        }
    }

    /** out = G·v for a symmetric row-major k×k G, as k axpys over G's rows. */
    static void symMatVec(float[] g, float[] v, float[] out, int k) {
        Arrays.fill(out, 0, k, 0f);
        for (int j = 0; j < k; j++) {
            axpy(v[j], g, j * k, out, 0, k);
        }
    }

    /**
     * The CG's per-row pass in one sweep over the row's partners q ∈ [from, to): with c_q − 1 = alpha·w_q and
     * d_q = y_q·v, adds (1 + (c_q − 1)(1 − d_q))·y_q to {@code out} when {@code residual} (the b − A·x terms),
     * else (c_q − 1)·d_q·y_q (the A·p terms). Fused so each partner row is loaded once per pass.
     */
    static void rowPass(
            float[] y,
            int[] idx,
            float[] w,
            int from,
            int to,
            int k,
            float alpha,
            boolean residual,
            float[] v,
            float[] out) {
        if (SIMD) {
            VecSimd.rowPass(y, idx, w, from, to, k, alpha, residual, v, out);
            return;
        }
        for (int q = from; q < to; q++) {
            int yo = idx[q] * k;
            float cm1 = alpha * w[q];
            float d = Vec.dotLoop(y, yo, v, 0, k);
            float c = residual ? 1f + cm1 - cm1 * d : cm1 * d;
            for (int f = 0; f < k; f++) {
                out[f] += c * y[yo + f];
            }
        }
    }

    /**
     * Adds Σ yᵢyᵢᵀ over rows [from, to) of Y into the upper triangle of the double matrix g. Four rows per pass
     * over g, so each load and store of g carries four multiply-adds.
     */
    static void gramUpper(float[] y, int from, int to, int k, double[] g) {
        int i = from;
        for (; i + 3 < to; i += 4) {
            int o0 = i * k;
            int o1 = o0 + k;
            int o2 = o1 + k;
            int o3 = o2 + k;
            for (int a = 0; a < k; a++) {
                double y0 = y[o0 + a];
                double y1 = y[o1 + a];
                double y2 = y[o2 + a];
                double y3 = y[o3 + a];
                int ga = a * k;
                for (int b = a; b < k; b++) {
                    g[ga + b] += y0 * y[o0 + b] + y1 * y[o1 + b] + y2 * y[o2 + b] + y3 * y[o3 + b];
                }
            }
        }
        for (; i < to; i++) {
            int o = i * k;
            for (int a = 0; a < k; a++) {
                double ya = y[o + a];
                int ga = a * k;
                for (int b = a; b < k; b++) {
                    g[ga + b] += ya * y[o + b];
                }
            }
        }
    }

    /** Mirrors the upper triangle into the lower one and adds {@code diag} on the diagonal. */
    static void symmetrize(double[] g, int k, double diag) {
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < a; b++) {
                g[a * k + b] = g[b * k + a];
            }
            g[a * k + a] += diag;
        }
    }

    static float[] toFloat(double[] a) {
        float[] f = new float[a.length];
        for (int j = 0; j < a.length; j++) {
            f[j] = (float) a[j];
        }
        return f;
    }
}
