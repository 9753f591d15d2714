/**
 * The recommenders' SQL on the store: weighted implicit interactions aggregated over the events room's
 * {@code clean_events} ({@link io.heed.recsys.sql.SqlInteractions}) and the catalogue's item content for cold start
 * ({@link io.heed.recsys.sql.SqlItemContent}). Reads only; the recsys room has no tables of its own. May use
 * heed-storage and JDBC; the rest of the room may not use this package.
 */
package io.heed.recsys.sql;
