/**
 * Click (pCTR) and conversion (pCVR) prediction: the serving interface {@link io.heed.ctr.CtrScorer} over a plain {@link io.heed.ctr.features.CtrRequest}, the trained artifact {@link io.heed.ctr.CtrModel} (feature spec + {@link io.heed.ctr.Predictor} + calibrator + provenance), {@link io.heed.ctr.CtrModels} (train, calibrate on later rows), versioned files ({@link io.heed.ctr.CtrModelFiles}) and explanations. Uses heed-models' provenance, Jackson and XGBoost4J (gbdt only); no I/O besides artifact and training files.
 */
package io.heed.ctr;
