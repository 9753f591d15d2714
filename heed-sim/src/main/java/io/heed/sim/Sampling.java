package io.heed.sim;

import io.heed.core.Permutations;
import java.util.SplittableRandom;

/**
 * The few distributions the generators need, on {@link SplittableRandom} so every draw is reproducible from the
 * seed. Nothing here keeps state besides what callers pass in.
 */
final class Sampling {
    private Sampling() {}

    static double sigmoid(double x) {
        return 1.0 / (1.0 + Math.exp(-x));
    }

    static double clamp(double x, double lo, double hi) {
        return Math.max(lo, Math.min(hi, x));
    }

    static double normal(SplittableRandom r) {
        return r.nextGaussian();
    }

    /** Log-normal with the given median (so {@code sigma} is the spread of its log). */
    static double logNormal(SplittableRandom r, double median, double sigma) {
        return median * Math.exp(sigma * r.nextGaussian());
    }

    static boolean chance(SplittableRandom r, double p) {
        return r.nextDouble() < p;
    }

    /** Gamma(shape, 1) by Marsaglia and Tsang; shapes below 1 use the boost {@code G(a) = G(a+1) U^(1/a)}. */
    static double gamma(SplittableRandom r, double shape) {
        if (shape < 1) {
            return gamma(r, shape + 1) * Math.pow(r.nextDouble(), 1.0 / shape);
        }
        double d = shape - 1.0 / 3.0;
        double c = 1.0 / Math.sqrt(9 * d);
        while (true) {
            double x = r.nextGaussian();
            double v = 1 + c * x;
            if (v <= 0) {
                continue;
            }
            v = v * v * v;
            double u = r.nextDouble();
            if (u < 1 - 0.0331 * x * x * x * x || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v))) {
                return d * v;
            }
        }
    }

    /** A Dirichlet draw: the standard way to get a random distribution concentrated where alpha is large. */
    static double[] dirichlet(SplittableRandom r, double[] alpha) {
        double[] x = new double[alpha.length];
        double sum = 0;
        for (int i = 0; i < alpha.length; i++) {
            x[i] = Math.max(gamma(r, alpha[i]), 1e-12);
            sum += x[i];
        }
        for (int i = 0; i < x.length; i++) {
            x[i] /= sum;
        }
        return x;
    }

    static double[] normalise(double[] w) {
        double sum = 0;
        for (double v : w) {
            sum += v;
        }
        double[] out = new double[w.length];
        for (int i = 0; i < w.length; i++) {
            out[i] = w[i] / sum;
        }
        return out;
    }

    /** Index drawn in proportion to {@code weights} (linear scan: for the short vectors of personas and devices). */
    static int pick(SplittableRandom r, double[] weights) {
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        double u = r.nextDouble() * sum;
        for (int i = 0; i < weights.length - 1; i++) {
            u -= weights[i];
            if (u < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** In-place Fisher-Yates shuffle. */
    static void shuffle(SplittableRandom r, int[] a) {
        Permutations.shuffle(a, r);
    }

    /**
     * Weighted sampling over a fixed set by binary search on cumulative weights: O(log n) per draw for the big
     * sets (users, items, ads). Holds the ids it samples so a table can cover a subset (one category's items).
     */
    static final class Table {
        private final int[] ids;
        private final double[] cumulative;

        Table(int[] ids, double[] weights) {
            if (ids.length != weights.length) {
                throw new IllegalArgumentException("ids and weights differ in length");
            }
            this.ids = ids.clone();
            this.cumulative = new double[weights.length];
            double sum = 0;
            for (int i = 0; i < weights.length; i++) {
                sum += weights[i];
                cumulative[i] = sum;
            }
        }

        boolean isEmpty() {
            return ids.length == 0 || cumulative[cumulative.length - 1] <= 0;
        }

        int size() {
            return ids.length;
        }

        /** A drawn id, or -1 when the table is empty. */
        int sample(SplittableRandom r) {
            if (isEmpty()) {
                return -1;
            }
            double u = r.nextDouble() * cumulative[cumulative.length - 1];
            int lo = 0;
            int hi = cumulative.length - 1;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (cumulative[mid] > u) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            return ids[lo];
        }
    }
}
