/**
 * The one feature pipeline for training and serving: a {@link io.heed.ctr.features.FeatureSpec} (categorical,
 * numeric, crosses, hashing bits) turns a {@link io.heed.ctr.features.CtrRequest} (the plain fields of one
 * impression) into a hashed sparse {@link io.heed.ctr.features.FeatureVector} (MurmurHash3 of readable feature
 * names). The bottom of heed-ctr: uses no other package of it. JDK only.
 */
package io.heed.ctr.features;
