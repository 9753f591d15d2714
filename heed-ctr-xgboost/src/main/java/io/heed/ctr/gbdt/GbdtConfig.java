package io.heed.ctr.gbdt;

import java.util.Map;

/**
 * Gradient-boosted trees (XGBoost4J, {@code binary:logistic}, histogram method)
 * on the hashed sparse features (only the slots seen in training become columns) on the hashed sparse features.
 *
 * @param rounds         boosting rounds
 * @param maxDepth       tree depth
 * @param eta            shrinkage
 * @param minChildWeight minimum hessian sum in a leaf
 * @param lambda         L2 on leaf weights
 * @param subsample      row sampling per tree, (0, 1]
 * @param threads        native threads
 * @param seed           sampling seed
 */
public record GbdtConfig(
        int rounds,
        int maxDepth,
        double eta,
        double minChildWeight,
        double lambda,
        double subsample,
        int threads,
        long seed) {

    public GbdtConfig {
        if (rounds < 1 || maxDepth < 1 || maxDepth > 32 || threads < 1) {
            throw new IllegalArgumentException("rounds >= 1, maxDepth in [1, 32] and threads >= 1 required, got "
                    + rounds + ", " + maxDepth + ", " + threads);
        }
        if (!(eta > 0 && eta <= 1) || !(subsample > 0 && subsample <= 1)) {
            throw new IllegalArgumentException("eta and subsample must be in (0, 1], were " + eta + ", " + subsample);
        }
        if (!(minChildWeight >= 0) || !(lambda >= 0)) {
            throw new IllegalArgumentException(
                    "minChildWeight and lambda must be >= 0, were " + minChildWeight + ", " + lambda);
        }
    }

    /** The CTR benchmark's peer settings (its xgboost CLI run): 300 rounds, depth 8, eta 0.1. */
    public static GbdtConfig defaults() {
        return new GbdtConfig(300, 8, 0.1, 1, 1, 1, 2, 42);
    }

    public GbdtConfig withRounds(int r) {
        return new GbdtConfig(r, maxDepth, eta, minChildWeight, lambda, subsample, threads, seed);
    }

    Map<String, Object> xgboostParams() {
        return Map.of(
                "objective",
                "binary:logistic",
                "eta",
                eta,
                "max_depth",
                maxDepth,
                "min_child_weight",
                minChildWeight,
                "lambda",
                lambda,
                "subsample",
                subsample,
                "nthread",
                threads,
                "seed",
                seed,
                "tree_method",
                "exact",
                "verbosity",
                0);
    }
}
