package io.heed.ctr;

/**
 * Fits one CTR model family on encoded examples. Trainers hold a validated config record and no other state;
 * {@link CtrModels#train} adds the feature spec, calibration and provenance around the result.
 */
public interface CtrTrainer {
    String algorithm();

    /** Trains on {@code train}, whose slot indices lie in [0, 2^bits). */
    Predictor fit(CtrExamples train, int bits);
}
