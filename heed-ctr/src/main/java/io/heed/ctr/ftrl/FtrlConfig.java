package io.heed.ctr.ftrl;

/**
 * FTRL-Proximal hyperparameters (McMahan et al., "Ad Click Prediction: a View from the Trenches", KDD 2013).
 *
 * @param alpha  per-coordinate learning-rate scale
 * @param beta   learning-rate smoothing (1 is the paper's choice)
 * @param l1     L1 strength: weights with |z| ≤ l1 stay exactly zero (sparse models)
 * @param l2     L2 strength
 * @param epochs passes over the training rows, in time order (1 = purely online)
 */
public record FtrlConfig(double alpha, double beta, double l1, double l2, int epochs) {

    public FtrlConfig {
        check("alpha", alpha, false);
        check("beta", beta, true);
        check("l1", l1, true);
        check("l2", l2, true);
        if (epochs < 1) {
            throw new IllegalArgumentException("epochs must be at least 1, was " + epochs);
        }
    }

    public static FtrlConfig defaults() {
        return new FtrlConfig(0.05, 1.0, 1.0, 1.0, 1);
    }

    public FtrlConfig withEpochs(int e) {
        return new FtrlConfig(alpha, beta, l1, l2, e);
    }

    private static void check(String name, double v, boolean zeroAllowed) {
        if (!Double.isFinite(v) || v < 0 || (!zeroAllowed && v == 0)) {
            throw new IllegalArgumentException(
                    name + " must be a finite number " + (zeroAllowed ? ">= 0" : "> 0") + ", was " + v);
        }
    }
}
