/**
 * The experiments room's SQL on the store (DuckDB and PostgreSQL; migrations in {@code db/}): the registry's storage
 * (experiments schema v1 tables {@code experiments}, {@code experiment_variants}, {@code experiment_exposures};
 * {@link io.heed.experiments.sql.SqlExperimentStore}), the per-unit outcomes of exposed units computed in SQL over
 * heed-events' {@code clean_events} ({@link io.heed.experiments.sql.SqlOutcomeSource}) and the promotion log
 * ({@code promotion_decisions}, {@link io.heed.experiments.sql.SqlDecisionLog}). May use heed-storage and JDBC; the
 * rest of the room may not use this package.
 */
package io.heed.experiments.sql;
