package io.heed.ads.port;

/**
 * Predicted attention for one (user, persona, context, campaign, creative): the probability of a click given an
 * impression, and of a conversion given a click. heed-models' CTR/CVR models plug in here; the default is
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
     * @param userId    null when the user gave no advertising consent (non-personalised)
     * @param persona   null when unknown or without consent
     * @param context   page category, may be null
     * @param device    {@code mobile|desktop|tablet}, may be null
     */
    record Query(String userId, String persona, String context, String device, String placementId,
                 String campaignId, String creativeId) {
    }

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
