/**
 * The attention-model contract shared by every model family: {@link io.heed.models.Interactions} (a compact CSR
 * matrix with dense int indices and id maps), {@link io.heed.models.RecTrainer} (fit) → immutable
 * {@link io.heed.models.RecModel} artifact with {@link io.heed.models.ModelProvenance} → serving-time
 * {@link io.heed.models.RecScorer}; versioned artifact files ({@link io.heed.models.ModelFiles}).
 * May use heed-core, Jackson (artifact headers) and EJML (dense linear algebra); no I/O besides artifact files.
 */
package io.heed.models;
