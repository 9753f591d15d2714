/**
 * CTR evaluation: AUC, log loss, normalised entropy, expected calibration error, reliability bins, time-ordered and seeded random splits.
 */
package io.heed.models.ctr.eval;
