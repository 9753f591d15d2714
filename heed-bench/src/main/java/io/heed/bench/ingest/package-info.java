/**
 * The ingest benchmark: file ingest against DuckDB's native CSV load, and HTTP batch ingest.
 */
package io.heed.bench.ingest;
