/**
 * CTR evaluation: AUC, log loss, normalised entropy, expected calibration error, reliability bins, time-ordered and seeded random splits, repeated stratified k-fold, and model selection on validation rows carved from training (never on test).
 */
package io.heed.ctr.eval;
