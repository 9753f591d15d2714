/**
 * Gradient-boosted trees through XGBoost4J (the only package that touches it, in the only module that depends
 * on it): training on the hashed slots seen in training as dense columns, margins and TreeSHAP contributions.
 * {@link io.heed.ctr.gbdt.GbdtFamily} registers the family with heed-ctr's artifact files. Uses heed-ctr and
 * heed-core.
 */
package io.heed.ctr.gbdt;
