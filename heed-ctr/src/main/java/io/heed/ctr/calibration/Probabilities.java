package io.heed.ctr.calibration;

/**
 * Margin → probability with the bounds every consumer relies on: a finite margin gives a probability strictly
 * inside (0, 1) (clamped to [1e-7, 1 − 1e-7], so a log loss is always finite and a bid never multiplied by 0 or
 * 1 exactly); a NaN margin, which no model should produce, is a bug and fails loudly.
 */
public final class Probabilities {
    public static final double EPS = 1e-7;

    private Probabilities() {}

    public static double sigmoid(double margin) {
        if (Double.isNaN(margin)) {
            throw new IllegalStateException("model produced a NaN margin");
        }
        return clamp(logistic(margin));
    }

    /**
     * The logistic function without the clamp, computed without overflow for any sign: for optimisers that need
     * the exact gradient (p − y) of the log loss, not the bounded probability served to consumers.
     */
    public static double logistic(double margin) {
        return margin >= 0 ? 1 / (1 + Math.exp(-margin)) : Math.exp(margin) / (1 + Math.exp(margin));
    }

    public static double clamp(double p) {
        return Math.max(EPS, Math.min(1 - EPS, p));
    }

    public static double logit(double p) {
        double q = clamp(p);
        return Math.log(q / (1 - q));
    }
}
