package io.heed.models.cf;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The two iALS inner kernels on the incubating Vector API (JDK 17): plain loops reach ~2.5 GFLOP/s per core here
 * because HotSpot does not vectorise the multi-accumulator dot product, while the Vector API uses the full SIMD
 * width. Loaded only when the JVM runs with {@code --add-modules jdk.incubator.vector} (see {@link VecD#SIMD}).
 */
final class VecSimd {
    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;
    private static final VectorSpecies<Float> F8 = FloatVector.SPECIES_256;

    private VecSimd() {
    }

    static double dot(double[] a, int ao, double[] b, int bo, int n) {
        DoubleVector acc = DoubleVector.zero(S);
        int f = 0;
        int bound = S.loopBound(n);
        for (; f < bound; f += S.length()) {
            acc = DoubleVector.fromArray(S, a, ao + f).fma(DoubleVector.fromArray(S, b, bo + f), acc);
        }
        double s = acc.reduceLanes(VectorOperators.ADD);
        for (; f < n; f++) {
            s += a[ao + f] * b[bo + f];
        }
        return s;
    }

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
        return ((s0 + acc.lane(1)) + (acc.lane(2) + acc.lane(3))) + ((acc.lane(4) + acc.lane(5))
                + (acc.lane(6) + acc.lane(7)));
    }

    static void axpy(double alpha, double[] x, int xo, double[] y, int yo, int n) {
        DoubleVector av = DoubleVector.broadcast(S, alpha);
        int f = 0;
        int bound = S.loopBound(n);
        for (; f < bound; f += S.length()) {
            DoubleVector.fromArray(S, x, xo + f).fma(av, DoubleVector.fromArray(S, y, yo + f)).intoArray(y, yo + f);
        }
        for (; f < n; f++) {
            y[yo + f] += alpha * x[xo + f];
        }
    }
}
