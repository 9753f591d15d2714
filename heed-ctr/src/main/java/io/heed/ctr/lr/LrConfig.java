package io.heed.ctr.lr;

/**
 * Full-batch L2-regularised logistic regression: minimises Σ log-loss + (l2 / 2)·‖w‖² over every training row at
 * once (the bias slot unpenalised), so the result is the one optimum of a convex problem, not the end of a pass.
 * {@code l2} = 1 is scikit-learn's {@code LogisticRegression(C = 1)}.
 *
 * @param l2            L2 strength (1 / C)
 * @param maxIterations Newton steps at most
 * @param tolerance     stop when the gradient norm falls below this share of its norm at w = 0
 */
public record LrConfig(double l2, int maxIterations, double tolerance) {

    public LrConfig {
        if (!(Double.isFinite(l2) && l2 > 0)) {
            throw new IllegalArgumentException("l2 must be a finite number > 0, was " + l2);
        }
        if (maxIterations < 1) {
            throw new IllegalArgumentException("maxIterations must be at least 1, was " + maxIterations);
        }
        if (!(tolerance > 0 && tolerance < 1)) {
            throw new IllegalArgumentException("tolerance must be in (0, 1), was " + tolerance);
        }
    }

    public static LrConfig defaults() {
        return new LrConfig(1.0, 100, 1e-6);
    }

    public LrConfig withL2(double v) {
        return new LrConfig(v, maxIterations, tolerance);
    }
}
