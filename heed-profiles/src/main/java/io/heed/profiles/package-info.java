/**
 * Stage 2 (profiles): the profile feature contract ({@link io.heed.profiles.FeatureSet},
 * {@link io.heed.profiles.ProfileMatrix}) and its storage ports ({@link io.heed.profiles.ProfileFeatureSource},
 * {@link io.heed.profiles.SessionBasketSource}), implemented in SQL by {@code sql}. Sub-packages: {@code cluster}
 * (standardisation, k-means family, quality metrics), {@code rules} (FP-Growth association rules), {@code persona}
 * (trainer, immutable model, assigner, descriptions, JSON artifact), {@code report} (SVG charts), {@code sql} (the
 * room's SQL on the store). Outside {@code sql} the room uses heed-core only, with no I/O besides the model artifact
 * codec and no frameworks; {@code sql} may use heed-storage and JDBC and reads heed-events' tables.
 */
package io.heed.profiles;
