/**
 * The recommender contract: {@link io.heed.recsys.Interactions} (a compact CSR matrix with dense int indices and
 * id maps), {@link io.heed.recsys.RecTrainer} (fit) → immutable {@link io.heed.recsys.RecModel} artifact with
 * {@link io.heed.core.artifact.ModelProvenance} → serving-time {@link io.heed.recsys.RecScorer}; versioned artifact
 * files ({@link io.heed.recsys.ModelFiles}), which take the readers they can load from the caller, so this package
 * names no algorithm. May use heed-core and Jackson (artifact headers, result files); not its own subpackages; no
 * I/O besides artifact and result files.
 */
package io.heed.recsys;
