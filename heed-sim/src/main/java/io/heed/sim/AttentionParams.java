package io.heed.sim;

/**
 * Coefficients of the true attention model (see {@link AttentionModel}). Written to
 * {@code truth/attention_model.json} so a learned model can be compared with the one that generated the data.
 * Logit terms are additive; "affinity" is {@code ln(12 * interest)} clamped to [-3, 2] (0 = an average category).
 */
record AttentionParams(
        double itemClickBase,
        double itemClickAffinity,
        double adClickBase,
        double adClickAffinity,
        double positionBias,
        double itemFatigue,
        double adFatigue,
        double fatigueHalfLifeHours,
        double bannerEffect,
        double nativeEffect,
        double videoEffect,
        double cartBase,
        double cartAffinity,
        double cartQuality,
        double purchaseAfterCartBase,
        double purchaseAfterCartAffinity,
        double adConvertBase,
        double adConvertAffinity,
        double dwellMedianSeconds,
        double dwellAffinity,
        double dwellQuality,
        double dwellSigma,
        double ratingRate,
        double shareBase,
        double shareAffinity) {

    static AttentionParams defaults() {
        return new AttentionParams(
                -3.2, 0.8, -4.5, 0.7, 0.45, 0.5, 0.7, 24, -1.0, 0.3, 0.3, -3.0, 0.5, 0.5, -0.9, 0.3, -3.8, 0.6, 25,
                0.35, 0.3, 0.8, 0.04, -4.5, 0.6);
    }
}
