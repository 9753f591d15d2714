/**
 * The experiments stage: statistics for A/B tests ({@code stats}), A/A calibration ({@code calibration}),
 * bandit policies ({@code bandit}), off-policy evaluation ({@code ope}), the experiment registry ({@code registry}),
 * the combined analysis ({@code analysis}) and challenger promotion ({@code promotion}). Uses heed-core, heed-explore and
 * commons-statistics; no JDBC, no frameworks, no I/O.
 */
package io.heed.experiments;
