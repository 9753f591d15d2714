package io.heed.ctr.fm;

/**
 * Factorization machine hyperparameters (Rendle 2010), trained with Adagrad SGD on the log loss.
 *
 * @param factors      latent dimension k
 * @param learningRate Adagrad base step
 * @param l2Linear     L2 on the linear weights
 * @param l2Factors    L2 on the factors
 * @param epochs       passes over the training rows, shuffled with {@code seed}; with early stopping, the most
 *                     it may run
 * @param initStd      standard deviation of the initial factors
 * @param seed         shuffling and initialisation
 * @param earlyStopShare share of the training rows (the latest) held out to choose the number of epochs by their
 *                     log loss; the final model is then trained on all rows for that many epochs. 0 = off
 */
public record FmConfig(
        int factors,
        double learningRate,
        double l2Linear,
        double l2Factors,
        int epochs,
        double initStd,
        long seed,
        double earlyStopShare) {

    public FmConfig {
        if (factors < 1 || factors > 256) {
            throw new IllegalArgumentException("factors must be in [1, 256], was " + factors);
        }
        if (!(learningRate > 0 && Double.isFinite(learningRate))) {
            throw new IllegalArgumentException("learningRate must be finite and > 0, was " + learningRate);
        }
        if (!(l2Linear >= 0 && l2Factors >= 0 && Double.isFinite(l2Linear) && Double.isFinite(l2Factors))) {
            throw new IllegalArgumentException(
                    "l2Linear and l2Factors must be finite and >= 0, were " + l2Linear + ", " + l2Factors);
        }
        if (epochs < 1) {
            throw new IllegalArgumentException("epochs must be at least 1, was " + epochs);
        }
        if (!(earlyStopShare >= 0 && earlyStopShare < 0.5)) {
            throw new IllegalArgumentException("earlyStopShare must be in [0, 0.5), was " + earlyStopShare);
        }
        if (!(initStd > 0 && initStd < 1)) {
            throw new IllegalArgumentException("initStd must be in (0, 1), was " + initStd);
        }
    }

    public static FmConfig defaults() {
        return new FmConfig(32, 0.05, 1e-4, 1e-3, 30, 0.01, 42, 0.1);
    }

    public FmConfig withEpochs(int e) {
        return new FmConfig(factors, learningRate, l2Linear, l2Factors, e, initStd, seed, earlyStopShare);
    }

    public FmConfig withFactors(int k) {
        return new FmConfig(k, learningRate, l2Linear, l2Factors, epochs, initStd, seed, earlyStopShare);
    }

    public FmConfig withL2(double linear, double factorsL2) {
        return new FmConfig(factors, learningRate, linear, factorsL2, epochs, initStd, seed, earlyStopShare);
    }

    public FmConfig withLearningRate(double lr) {
        return new FmConfig(factors, lr, l2Linear, l2Factors, epochs, initStd, seed, earlyStopShare);
    }

    public FmConfig withEarlyStop(double share) {
        return new FmConfig(factors, learningRate, l2Linear, l2Factors, epochs, initStd, seed, share);
    }
}
