/**
 * Blends of CTR model families: {@link io.heed.ctr.blend.BlendTrainer} fits each component on the same
 * rows; {@link io.heed.ctr.blend.BlendModel} averages their log-odds and explanations, and reads each
 * component's payload back through {@link io.heed.ctr.CtrModelFiles#readPayload}, so a blend may hold any
 * registered family, the gbdt trees included when heed-ctr-xgboost is on the class path.
 */
package io.heed.ctr.blend;
