/**
 * The experiments stage: statistics for A/B tests ({@code stats}), A/A calibration ({@code calibration}),
 * bandit policies ({@code bandit}) and off-policy evaluation ({@code ope}). Uses heed-core, heed-explore and
 * commons-statistics; no JDBC, no frameworks, no I/O.
 */
package io.heed.experiments;
