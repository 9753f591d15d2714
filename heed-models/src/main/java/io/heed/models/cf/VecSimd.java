package io.heed.models.cf;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The two iALS inner kernels on the incubating Vector API (JDK 17): plain loops reach ~2.5 GFLOP/s per core here
 * because HotSpot does not vectorise the multi-accumulator dot product, while the Vector API uses the full SIMD
 * width. Loaded only when the JVM runs with {@code --add-modules jdk.incubator.vector} (see {@link VecD#SIMD}).
 */
final class VecSimd {
    private static final VectorSpecies<Double> S = DoubleVector.SPECIES_PREFERRED;

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
