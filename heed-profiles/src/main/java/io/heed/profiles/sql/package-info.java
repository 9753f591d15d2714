/**
 * SQL implementations of the profiles stage's ports: {@link io.heed.profiles.sql.SqlProfileFeatures} computes the
 * standard profile feature set in the database (DuckDB; portable SQL that also runs on PostgreSQL) and
 * {@link io.heed.profiles.sql.SqlSessionBaskets} reads session baskets of item categories. Both read the
 * {@code clean_events} view (bots excluded). {@link io.heed.profiles.sql.ProfilePriors} are the population
 * quantities computed once and kept; {@link io.heed.profiles.sql.IncrementalProfileFeatures} recomputes only the
 * users with new events. {@link io.heed.profiles.sql.PersonaLabels} keeps the room's own table, {@code user_personas}
 * (profiles schema v1), read by revenue reports and ad serving. May use heed-storage and JDBC; the rest of the room
 * may not use this package.
 */
package io.heed.profiles.sql;
