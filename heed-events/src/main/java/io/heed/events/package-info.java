/**
 * Stage 1 of the pipeline: the event schema ({@code model}), validation and normalisation rules
 * ({@code validate}), ingestion formats and reports ({@code ingest}) and storage ports ({@code port}).
 * Depends only on heed-core.
 */
package io.heed.events;
