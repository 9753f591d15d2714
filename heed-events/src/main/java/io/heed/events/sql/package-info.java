/**
 * The events room's SQL on the store (DuckDB and PostgreSQL; migrations in {@code db/}): file and record ingest
 * (format mappings and validation in SQL, staging, merging of links, duplicates and users, quarantine, catalogs, the
 * key filter) through {@link io.heed.events.sql.EventStore}, post-ingest cleaning (bot flags and sessions,
 * {@link io.heed.events.sql.Cleaner}) and the {@link io.heed.events.sql.StoreSummary}. May use heed-storage and
 * JDBC; the rest of the room may not use this package, except {@code journal}, which appends through
 * {@link io.heed.events.sql.EventStore}.
 */
package io.heed.events.sql;
