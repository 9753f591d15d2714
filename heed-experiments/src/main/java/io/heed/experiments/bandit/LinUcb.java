package io.heed.experiments.bandit;

import io.heed.core.explore.Choice;
import java.util.SplittableRandom;

/**
 * Disjoint LinUCB (Li et al. 2010): per arm a ridge regression {@code A = lambda I + sum x x^T}, {@code b = sum r x};
 * score {@code theta^T x + alpha sqrt(x^T A^-1 x)}. {@code A^-1} is kept by Sherman–Morrison rank-one updates
 * (O(d^2) per update, no inversion). The policy is deterministic: the argmax has propensity 1, ties are broken
 * uniformly at random (propensity 1/ties). Mutable; not thread-safe.
 */
public final class LinUcb {
    private final int dim;
    private final double alpha;
    private final double[][][] aInv;
    private final double[][] b;

    public LinUcb(int arms, int dim, double alpha, double ridgeLambda) {
        if (arms < 1 || dim < 1) {
            throw new IllegalArgumentException("arms and dim must be >= 1");
        }
        if (!(alpha >= 0) || !(ridgeLambda > 0)) {
            throw new IllegalArgumentException("alpha >= 0 and ridgeLambda > 0 required");
        }
        this.dim = dim;
        this.alpha = alpha;
        this.aInv = new double[arms][dim][dim];
        this.b = new double[arms][dim];
        for (double[][] m : aInv) {
            for (int i = 0; i < dim; i++) {
                m[i][i] = 1 / ridgeLambda;
            }
        }
    }

    public int arms() {
        return b.length;
    }

    /** Upper confidence bound of each arm for context x. */
    public double[] scores(double[] x) {
        checkDim(x);
        double[] s = new double[b.length];
        for (int a = 0; a < b.length; a++) {
            double[] ax = multiply(aInv[a], x);
            double mean = dot(ax, b[a]); // theta^T x = (A^-1 b)^T x = b^T (A^-1 x), A^-1 symmetric
            s[a] = mean + alpha * Math.sqrt(Math.max(0, dot(x, ax)));
        }
        return s;
    }

    public Choice choose(double[] x, SplittableRandom rng) {
        double[] s = scores(x);
        double best = Double.NEGATIVE_INFINITY;
        int ties = 0;
        for (double v : s) {
            if (v > best + 1e-12) {
                best = v;
                ties = 1;
            } else if (Math.abs(v - best) <= 1e-12) {
                ties++;
            }
        }
        int pick = ties == 1 ? 0 : rng.nextInt(ties);
        for (int a = 0; a < s.length; a++) {
            if (Math.abs(s[a] - best) <= 1e-12) {
                if (pick-- == 0) {
                    return new Choice(a, 1.0 / ties);
                }
            }
        }
        throw new IllegalStateException("no arm chosen");
    }

    public void update(int arm, double[] x, double reward) {
        checkDim(x);
        double[][] m = aInv[arm];
        double[] ax = multiply(m, x);
        double denom = 1 + dot(x, ax);
        for (int i = 0; i < dim; i++) {
            for (int j = 0; j < dim; j++) {
                m[i][j] -= ax[i] * ax[j] / denom;
            }
            b[arm][i] += reward * x[i];
        }
    }

    /** A copy of the current {@code A^-1} of an arm (for inspection and tests). */
    public double[][] inverseDesign(int arm) {
        double[][] c = new double[dim][];
        for (int i = 0; i < dim; i++) {
            c[i] = aInv[arm][i].clone();
        }
        return c;
    }

    private void checkDim(double[] x) {
        if (x.length != dim) {
            throw new IllegalArgumentException("context has " + x.length + " features, expected " + dim);
        }
    }

    private static double[] multiply(double[][] m, double[] x) {
        double[] r = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            r[i] = dot(m[i], x);
        }
        return r;
    }

    private static double dot(double[] u, double[] v) {
        double s = 0;
        for (int i = 0; i < u.length; i++) {
            s += u[i] * v[i];
        }
        return s;
    }
}
