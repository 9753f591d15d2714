/**
 * The closed loop composed: Heed's serving strategies for heed-sim's {@code SimWorld} (an attention-driven
 * second-price auction over personas and a persona × ad click model trained on the logged data, and a
 * bid-weighted random baseline), a simulated A/B test with the world's true uplift beside the estimate, and
 * off-policy evaluation on simulator logs. Any {@code ServingStrategy} (e.g. an ads engine's adapter) plugs in.
 */
package io.heed.bench.loop;
