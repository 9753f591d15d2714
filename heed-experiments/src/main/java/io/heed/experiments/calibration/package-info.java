/**
 * A/A calibration as code: seeded simulations of experiments without an effect, measuring the false-positive rates
 * of the fixed-horizon z-test and of mSPRT under peeking. Figures feed {@code ./heed bench experiments}.
 */
package io.heed.experiments.calibration;
