/**
 * Probability calibration fitted on held-out rows: Platt scaling, isotonic regression (PAV), identity; stored in
 * CTR artifacts. {@link io.heed.ctr.calibration.Probabilities} holds the margin → probability bounds every
 * consumer relies on. Uses no other package of heed-ctr.
 */
package io.heed.ctr.calibration;
