/**
 * The closed loop composed: Heed's serving strategies for heed-sim's {@code SimWorld} (the attention-driven
 * one served by heed-ads' {@code DecisionEngine} with a persona × ad click model trained on the logged data as its
 * attention estimator, and a bid-weighted random baseline), a simulated A/B test with the world's true uplift beside the estimate, and
 * off-policy evaluation on simulator logs. Any {@code ServingStrategy} (e.g. an ads engine's adapter) plugs in.
 */
package io.heed.bench.loop;
