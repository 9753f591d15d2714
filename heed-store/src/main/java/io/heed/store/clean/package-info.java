/**
 * Post-ingest cleaning in SQL: bot flags and sessions.
 */
package io.heed.store.clean;
