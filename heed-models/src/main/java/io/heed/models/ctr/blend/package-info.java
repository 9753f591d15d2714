/**
 * Blends of CTR model families: {@link io.heed.models.ctr.blend.BlendTrainer} fits each component on the same
 * rows; {@link io.heed.models.ctr.blend.BlendModel} averages their log-odds and explanations, and stores each
 * component's payload through {@link io.heed.models.ctr.CtrModelFiles}' registry.
 */
package io.heed.models.ctr.blend;
