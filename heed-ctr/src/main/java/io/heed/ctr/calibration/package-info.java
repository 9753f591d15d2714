/**
 * Probability calibration fitted on held-out rows: Platt scaling, isotonic regression (PAV), identity; stored in CTR artifacts.
 */
package io.heed.ctr.calibration;
