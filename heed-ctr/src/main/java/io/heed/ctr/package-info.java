/**
 * Click (pCTR) and conversion (pCVR) prediction: the serving interface {@link io.heed.ctr.CtrScorer} over a plain
 * {@link io.heed.ctr.features.CtrRequest}, the trained artifact {@link io.heed.ctr.CtrModel} (feature spec +
 * {@link io.heed.ctr.Predictor} + calibrator + provenance), {@link io.heed.ctr.CtrModels} (train, calibrate on later
 * rows) and versioned files ({@link io.heed.ctr.CtrModelFiles}), which find the families through
 * {@link io.heed.ctr.CtrFamily} providers, so this package names no family. Uses io.heed.ctr.features,
 * io.heed.ctr.calibration, heed-core (provenance, array layout) and Jackson; no I/O besides artifact files.
 */
package io.heed.ctr;
