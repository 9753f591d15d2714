/**
 * Events acknowledged once journaled: {@link io.heed.events.journal.EventJournal} appends encoded events
 * ({@link io.heed.events.journal.EventRecordCodec}) to a heed-journal {@code Journal} on the calling thread and
 * loads them into {@code events} in bulk, at least once (the store keeps one copy per tenant and event id); made for
 * ad tracking hits. May use the event model, the room's {@code sql} package (it appends through
 * {@code EventStore}), heed-journal and heed-storage.
 */
package io.heed.events.journal;
