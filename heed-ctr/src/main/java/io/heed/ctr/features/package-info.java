/**
 * The one feature pipeline for training and serving: a {@link io.heed.ctr.features.FeatureSpec} (categorical, numeric, crosses, hashing bits) turns a request into a hashed sparse {@link io.heed.ctr.features.FeatureVector} (MurmurHash3 of readable feature names). JDK only.
 */
package io.heed.ctr.features;
