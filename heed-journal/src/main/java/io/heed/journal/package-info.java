/**
 * The durable local log that serving writes to before it answers: a {@link io.heed.journal.Journal} of lanes of
 * memory-mapped, checksummed records, and the {@link io.heed.journal.JournalLoader} that moves them into the store
 * in batches, each in one transaction with the lanes' positions ({@code journal_checkpoints},
 * {@link io.heed.journal.JournalCheckpoints}), so every record is stored exactly once. A foundation: uses
 * heed-storage only, and names no room; the rooms bring their record codecs and sinks.
 */
package io.heed.journal;
