/**
 * The experiment registry's storage (V3 tables {@code experiments}, {@code experiment_variants},
 * {@code experiment_exposures}) and the per-unit outcomes of exposed units computed in SQL over
 * {@code clean_events}.
 */
package io.heed.experiments.sql;
