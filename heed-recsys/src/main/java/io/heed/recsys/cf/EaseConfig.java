package io.heed.recsys.cf;

import java.util.Map;

/**
 * EASE (Steck 2019) settings.
 *
 * @param lambda L2 penalty added to the Gram matrix diagonal
 * @param maxItems the dense item-item matrix covers at most this many items, the most interacted first (memory
 *     is 8·maxItems² bytes while training, time grows with maxItems³); other items are not scored by EASE
 */
public record EaseConfig(double lambda, int maxItems) {
    public EaseConfig {
        if (!(lambda > 0) || Double.isInfinite(lambda)) {
            throw new IllegalArgumentException("lambda must be finite and > 0, got " + lambda);
        }
        if (maxItems < 1 || maxItems > 20_000) {
            throw new IllegalArgumentException("maxItems must be in [1, 20000], got " + maxItems);
        }
    }

    /**
     * λ = 250 and the 2,000 most interacted items: on MovieLens-small's validation split 2,000 items score as well as
     * 3,000 (NDCG@10 0.2176 against 0.2172) at a third of the training time.
     */
    public static EaseConfig defaults() {
        return new EaseConfig(250, 2000);
    }

    public Map<String, String> params() {
        return Map.of("lambda", Double.toString(lambda), "maxItems", Integer.toString(maxItems));
    }
}
