/**
 * Gradient-boosted trees through XGBoost4J (the only package that touches it): training on the hashed slots seen in training as dense columns, margins and TreeSHAP contributions.
 */
package io.heed.ctr.gbdt;
