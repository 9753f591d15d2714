package io.heed.recsys;

/**
 * Fits a recommendation model on interactions. Trainers hold a validated config record and are stateless
 * otherwise; {@code fit} may be called many times and never mutates {@code data}.
 */
public interface RecTrainer {
    /** The algorithm name recorded in artifacts (also the key in {@link ModelFiles}'s registry). */
    String algorithm();

    /** Trains on {@code data}; {@code dataDescription} goes into the artifact's provenance. */
    RecModel fit(Interactions data, String dataDescription);

    default RecModel fit(Interactions data) {
        return fit(data, data.describe());
    }
}
