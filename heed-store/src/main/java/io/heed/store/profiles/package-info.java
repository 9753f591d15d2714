/**
 * SQL implementations of the profiles stage's ports: {@link io.heed.store.profiles.SqlProfileFeatures} computes the
 * standard profile feature set in the database (DuckDB; portable SQL that also runs on PostgreSQL) and
 * {@link io.heed.store.profiles.SqlSessionBaskets} reads session baskets of item categories. Both read the
 * {@code clean_events} view (bots excluded).
 */
package io.heed.store.profiles;
