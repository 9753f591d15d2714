/**
 * The experiments stage: statistics for A/B tests ({@code stats}), A/A calibration ({@code calibration}),
 * bandit policies ({@code bandit}), off-policy evaluation ({@code ope}), the experiment registry ({@code registry}),
 * the combined analysis ({@code analysis}), challenger promotion ({@code promotion}) and the room's SQL on the store
 * ({@code sql}). Uses heed-core (its {@code explore} package included) and commons-statistics; no frameworks. Only
 * {@code sql} may use heed-storage and JDBC; the rest does no I/O.
 */
package io.heed.experiments;
