/**
 * The attention-model contract shared by every model family: {@link io.heed.recsys.Interactions} (a compact CSR
 * matrix with dense int indices and id maps), {@link io.heed.recsys.RecTrainer} (fit) → immutable
 * {@link io.heed.recsys.RecModel} artifact with {@link io.heed.core.artifact.ModelProvenance} → serving-time
 * {@link io.heed.recsys.RecScorer}; versioned artifact files ({@link io.heed.recsys.ModelFiles}).
 * May use heed-core, Jackson (artifact headers) and EJML (dense linear algebra); no I/O besides artifact files.
 */
package io.heed.recsys;
