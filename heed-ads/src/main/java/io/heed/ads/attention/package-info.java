/**
 * Implementations of the {@link io.heed.ads.port.AttentionEstimator} port: the default smoothed historical click and
 * conversion rates with Beta priors ({@link io.heed.ads.attention.SmoothedCtrEstimator}), a trained heed-ctr
 * {@code CtrScorer} ({@link io.heed.ads.attention.CtrModelEstimator}), and the persona × ad click model learned from
 * logged responses ({@link io.heed.ads.attention.PersonaAdCtrModel}, served by
 * {@link io.heed.ads.attention.PersonaCtrEstimator}). Uses the room's ports and model, and heed-ctr.
 */
package io.heed.ads.attention;
