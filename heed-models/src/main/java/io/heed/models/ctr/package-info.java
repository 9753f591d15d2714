/**
 * Click (pCTR) and conversion (pCVR) prediction: the serving interface {@link io.heed.models.ctr.CtrScorer} over a plain {@link io.heed.models.ctr.CtrRequest}, the trained artifact {@link io.heed.models.ctr.CtrModel} (feature spec + {@link io.heed.models.ctr.Predictor} + calibrator + provenance), {@link io.heed.models.ctr.CtrModels} (train, calibrate on later rows), versioned files ({@link io.heed.models.ctr.CtrModelFiles}) and explanations. Uses heed-models' provenance, Jackson and XGBoost4J (gbdt only); no I/O besides artifact and training files.
 */
package io.heed.models.ctr;
