/**
 * Stage 1 of the pipeline: the event schema ({@code model}), validation and normalisation rules
 * ({@code validate}), ingestion formats and reports ({@code ingest}), storage ports ({@code port}), the room's SQL
 * on the store ({@code sql}) and the event journal ({@code journal}). Outside {@code sql} and {@code journal} the
 * room uses heed-core only and does no I/O beyond detecting an ingest file's format; those two may use heed-storage,
 * heed-journal and JDBC.
 */
package io.heed.events;
