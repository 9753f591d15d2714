/**
 * Stage 2 (profiles): the profile feature contract ({@link io.heed.profiles.FeatureSet},
 * {@link io.heed.profiles.ProfileMatrix}) and its storage ports ({@link io.heed.profiles.ProfileFeatureSource},
 * {@link io.heed.profiles.SessionBasketSource}), implemented in SQL by heed-store. Sub-packages: {@code cluster}
 * (standardisation, k-means family, quality metrics), {@code rules} (FP-Growth association rules), {@code persona}
 * (trainer, immutable model, assigner, descriptions, JSON artifact). May use heed-core and heed-events; no I/O
 * besides the model artifact codec, no frameworks.
 */
package io.heed.profiles;
