/**
 * The HTTP ingest pipeline without any HTTP framework: {@link io.heed.server.ingest.BatchParser} streams a JSON
 * batch into validated events and quarantined records (on a parse thread), and
 * {@link io.heed.server.ingest.GroupCommitWriter} merges the batches waiting for the single store writer into one
 * transaction (group commit) and attributes the outcome back to every request. Uses heed-events (validation, the
 * {@code EventAppender} port), heed-storage (reading back a committed group) and jackson-core; never Vert.x.
 */
package io.heed.server.ingest;
