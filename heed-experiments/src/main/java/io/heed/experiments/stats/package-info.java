/**
 * Fixed-horizon and sequential tests for experiments: two-proportion z-test, Welch's t-test, delta-method ratio
 * metrics, CUPED, sample-ratio-mismatch, Holm / Benjamini–Hochberg, and the normal-mixture mSPRT. Invalid input
 * (zero traffic, empty variants, zero variance, n &lt; 2, ...) throws {@link io.heed.experiments.stats.StatsException}
 * carrying a typed {@link io.heed.core.Problem}; a p-value is never silently wrong. Checked against scipy/statsmodels
 * golden values (src/test/resources/golden).
 */
package io.heed.experiments.stats;
