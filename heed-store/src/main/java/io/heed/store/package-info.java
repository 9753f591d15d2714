/**
 * The event store over JDBC (embedded DuckDB, PostgreSQL): opening, migrations, the single-writer lock, summaries. Implements the events stage's ports; JDBC drivers appear only here.
 */
package io.heed.store;
