package io.heed.recsys.cf;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The iALS training kernels and the serving dot product on the incubating Vector API (JDK 17): plain loops reach
 * ~2.5 GFLOP/s per core here
 * because HotSpot does not vectorise the multi-accumulator dot product, while the Vector API uses the full SIMD
 * width. Loaded only when the JVM runs with {@code --add-modules jdk.incubator.vector} (see {@link VecF#SIMD}).
 */
final class VecSimd {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Float> F8 = FloatVector.SPECIES_256;

    private VecSimd() {}

    /**
     * Float dot product bit-identical to {@link Vec#dot}'s loop: lane j of an 8-lane vector is its partial sum s_j
     * (elements f ≡ j mod 8), multiply then add (Java never fuses them), and the same pairwise final sum.
     */
    static float dot(float[] a, int ao, float[] b, int bo, int n) {
        FloatVector acc = FloatVector.zero(F8);
        int f = 0;
        for (; f + 7 < n; f += 8) {
            acc = acc.add(FloatVector.fromArray(F8, a, ao + f).mul(FloatVector.fromArray(F8, b, bo + f)));
        }
        float s0 = acc.lane(0);
        for (; f < n; f++) {
            s0 += a[ao + f] * b[bo + f];
        }
        return ((s0 + acc.lane(1)) + (acc.lane(2) + acc.lane(3)))
                + ((acc.lane(4) + acc.lane(5)) + (acc.lane(6) + acc.lane(7)));
    }

    /** Float dot product with fused multiply-adds over the full SIMD width (training; not bit-identical to the loop). */
    static float dotFma(float[] a, int ao, float[] b, int bo, int n) {
        FloatVector acc = FloatVector.zero(S);
        int f = 0;
        int bound = S.loopBound(n);
        for (; f < bound; f += S.length()) {
            acc = FloatVector.fromArray(S, a, ao + f).fma(FloatVector.fromArray(S, b, bo + f), acc);
        }
        float s = acc.reduceLanes(VectorOperators.ADD);
        for (; f < n; f++) {
            s += a[ao + f] * b[bo + f];
        }
        return s;
    }

    static void axpy(float alpha, float[] x, int xo, float[] y, int yo, int n) {
        FloatVector av = FloatVector.broadcast(S, alpha);
        int f = 0;
        int bound = S.loopBound(n);
        for (; f < bound; f += S.length()) {
            FloatVector.fromArray(S, x, xo + f)
                    .fma(av, FloatVector.fromArray(S, y, yo + f))
                    .intoArray(y, yo + f);
        }
        for (; f < n; f++) {
            y[yo + f] += alpha * x[xo + f];
        }
    }

    /** {@link VecF#rowPass}; when k is four vectors (64 floats on AVX-512) v and out stay in registers. */
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
        int l = S.length();
        if (k != 4 * l) {
            for (int q = from; q < to; q++) {
                int yo = idx[q] * k;
                float cm1 = alpha * w[q];
                float d = dotFma(y, yo, v, 0, k);
                axpy(residual ? 1f + cm1 - cm1 * d : cm1 * d, y, yo, out, 0, k);
            }
            return;
        }
        FloatVector v0 = FloatVector.fromArray(S, v, 0);
        FloatVector v1 = FloatVector.fromArray(S, v, l);
        FloatVector v2 = FloatVector.fromArray(S, v, 2 * l);
        FloatVector v3 = FloatVector.fromArray(S, v, 3 * l);
        FloatVector o0 = FloatVector.fromArray(S, out, 0);
        FloatVector o1 = FloatVector.fromArray(S, out, l);
        FloatVector o2 = FloatVector.fromArray(S, out, 2 * l);
        FloatVector o3 = FloatVector.fromArray(S, out, 3 * l);
        for (int q = from; q < to; q++) {
            int yo = idx[q] * k;
            FloatVector y0 = FloatVector.fromArray(S, y, yo);
            FloatVector y1 = FloatVector.fromArray(S, y, yo + l);
            FloatVector y2 = FloatVector.fromArray(S, y, yo + 2 * l);
            FloatVector y3 = FloatVector.fromArray(S, y, yo + 3 * l);
            float d = y0.mul(v0).add(y1.mul(v1)).add(y2.fma(v2, y3.mul(v3))).reduceLanes(VectorOperators.ADD);
            float cm1 = alpha * w[q];
            FloatVector c = FloatVector.broadcast(S, residual ? 1f + cm1 - cm1 * d : cm1 * d);
            o0 = y0.fma(c, o0);
            o1 = y1.fma(c, o1);
            o2 = y2.fma(c, o2);
            o3 = y3.fma(c, o3);
        }
        o0.intoArray(out, 0);
        o1.intoArray(out, l);
        o2.intoArray(out, 2 * l);
        o3.intoArray(out, 3 * l);
    }
}
