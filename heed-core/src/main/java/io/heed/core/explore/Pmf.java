package io.heed.core.explore;

import java.util.Arrays;

/**
 * An immutable probability mass function over arms {@code 0..size-1}. Probabilities are non-negative and sum to 1
 * (within 1e-9; they are renormalised exactly on construction).
 */
public final class Pmf {
    private final double[] p;

    private Pmf(double[] p) {
        this.p = p;
    }

    /** A PMF from non-negative weights (not necessarily normalised); at least one weight must be positive. */
    public static Pmf ofWeights(double... weights) {
        if (weights == null || weights.length == 0) {
            throw new IllegalArgumentException("a PMF needs at least one arm");
        }
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            double w = weights[i];
            if (!(w >= 0) || Double.isInfinite(w)) {
                throw new IllegalArgumentException("weight " + i + " must be finite and >= 0, was " + w);
            }
            sum += w;
        }
        if (sum <= 0) {
            throw new IllegalArgumentException("weights sum to zero");
        }
        double[] q = new double[weights.length];
        for (int i = 0; i < q.length; i++) {
            q[i] = weights[i] / sum;
        }
        return new Pmf(q);
    }

    /** Probabilities that must already sum to 1 within 1e-9. */
    public static Pmf of(double... probabilities) {
        double sum = Arrays.stream(probabilities).sum();
        if (Math.abs(sum - 1) > 1e-9) {
            throw new IllegalArgumentException("probabilities sum to " + sum + ", not 1");
        }
        return ofWeights(probabilities);
    }

    public static Pmf uniform(int size) {
        double[] w = new double[size];
        Arrays.fill(w, 1);
        return ofWeights(w);
    }

    /** Epsilon-greedy mixture: {@code (1-epsilon)} on {@code greedyArm}, the rest spread uniformly. */
    public static Pmf epsilonGreedy(int size, int greedyArm, double epsilon) {
        if (!(epsilon >= 0 && epsilon <= 1)) {
            throw new IllegalArgumentException("epsilon must be in [0,1], was " + epsilon);
        }
        double[] w = new double[size];
        Arrays.fill(w, epsilon / size);
        w[greedyArm] += 1 - epsilon;
        return ofWeights(w);
    }

    public int size() {
        return p.length;
    }

    public double probability(int arm) {
        return p[arm];
    }

    public double[] toArray() {
        return p.clone();
    }

    /** The arm whose cumulative probability first exceeds {@code u} (u in [0,1)). */
    public int quantile(double u) {
        double c = 0;
        for (int i = 0; i < p.length; i++) {
            c += p[i];
            if (u < c) {
                return i;
            }
        }
        for (int i = p.length - 1; i >= 0; i--) {
            if (p[i] > 0) {
                return i;
            }
        }
        return p.length - 1;
    }

    @Override
    public String toString() {
        return "Pmf" + Arrays.toString(p);
    }
}
