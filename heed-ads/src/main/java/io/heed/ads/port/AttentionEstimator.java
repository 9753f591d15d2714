package io.heed.ads.port;

/**
 * Predicted attention for one (user, persona, context, campaign, creative): the probability of a click given an
 * impression, and of a conversion given a click. heed-ctr's CTR/CVR models plug in here; the default is
 * {@link io.heed.ads.attention.SmoothedCtrEstimator}. Called on the serving path for every candidate, so it must be
 * fast and thread-safe, and never fail: an estimator without data returns its prior.
 */
public interface AttentionEstimator {
    Attention estimate(Query q);

    /**
     * The attention of every candidate of one request, in order (the auction calls this once per request, so a
     * model can score the whole batch at once). The default asks {@link #estimate} one by one.
     */
    default java.util.List<Attention> estimateAll(java.util.List<Query> queries) {
        java.util.List<Attention> out = new java.util.ArrayList<>(queries.size());
        for (Query q : queries) {
            out.add(estimate(q));
        }
        return out;
    }

    /**
     * As {@link #estimateAll(java.util.List)} without an object per candidate: the request's fields once, the
     * candidates' ids in {@code batch}; writes {@code pClick[k]} and {@code pConvert[k]} for k in 0..size-1. The
     * engine calls this; the default builds the {@link Query}s and asks {@link #estimateAll(java.util.List)}, so an
     * estimator that overrides it must give the same numbers.
     */
    default void estimateAll(Batch batch, double[] pClick, double[] pConvert) {
        java.util.List<Query> queries = new java.util.ArrayList<>(batch.size());
        for (int k = 0; k < batch.size(); k++) {
            queries.add(batch.query(k));
        }
        java.util.List<Attention> out = estimateAll(queries);
        for (int k = 0; k < batch.size(); k++) {
            pClick[k] = out.get(k).pClick();
            pConvert[k] = out.get(k).pConvert();
        }
    }

    /**
     * The candidates of one request: the request's fields as in {@link Query}, and the k-th candidate's campaign
     * and creative ids in {@code campaignIds[k]}, {@code creativeIds[k]} for k below {@code size}.
     */
    record Batch(
            String userId,
            String persona,
            String context,
            String device,
            String placementId,
            String[] campaignIds,
            String[] creativeIds,
            int size) {
        public Batch {
            if (size < 0 || size > campaignIds.length || size > creativeIds.length) {
                throw new IllegalArgumentException("size " + size + " exceeds the id arrays");
            }
        }

        /** The k-th candidate as a {@link Query}. */
        public Query query(int k) {
            return new Query(userId, persona, context, device, placementId, campaignIds[k], creativeIds[k]);
        }
    }

    /**
     * @param userId    null when the user gave no advertising consent (non-personalised)
     * @param persona   null when unknown or without consent
     * @param context   page category, may be null
     * @param device    {@code mobile|desktop|tablet}, may be null
     */
    record Query(
            String userId,
            String persona,
            String context,
            String device,
            String placementId,
            String campaignId,
            String creativeId) {}

    /** P(click | impression) and P(conversion | click), both in [0, 1]. */
    record Attention(double pClick, double pConvert) {
        public Attention {
            if (!(pClick >= 0 && pClick <= 1) || !(pConvert >= 0 && pConvert <= 1)) {
                throw new IllegalArgumentException("probabilities must be in [0, 1]: " + pClick + ", " + pConvert);
            }
        }
    }

    /** Outcomes the estimator may learn from (tracked impressions, clicks, conversions). */
    interface Feedback {
        void impression(String campaignId, String persona);

        void click(String campaignId, String persona);

        void conversion(String campaignId, String persona);
    }
}
