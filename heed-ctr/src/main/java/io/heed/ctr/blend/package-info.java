/**
 * Blends of CTR model families: {@link io.heed.ctr.blend.BlendTrainer} fits each component on the same
 * rows; {@link io.heed.ctr.blend.BlendModel} averages their log-odds and explanations, and stores each
 * component's payload through {@link io.heed.ctr.CtrModelFiles}' registry.
 */
package io.heed.ctr.blend;
