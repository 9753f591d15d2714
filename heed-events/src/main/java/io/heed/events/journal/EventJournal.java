package io.heed.events.journal;

import io.heed.events.model.Event;
import io.heed.events.sql.EventStore;
import io.heed.journal.Journal;
import io.heed.journal.JournalLoader;
import io.heed.storage.HeedStore;
import java.nio.file.Path;
import java.util.List;

/**
 * Events acknowledged the moment they are journaled (microseconds, on the calling thread; they survive the process
 * being killed) and appended to the store in bulk in the background, under {@code source}. Made for high-rate
 * hits such as ad tracking, where one store commit per hit managed about 50 a second. Loading is at least once: a
 * crash between an append and its checkpoint appends those events again, and the store keeps one copy per
 * (tenant, event id) — so events journaled here need ids that say what happened (e.g. decision and position), not
 * random ones.
 */
public final class EventJournal implements AutoCloseable {
    private final Journal journal;
    private final JournalLoader<Event> loader;

    private EventJournal(Journal journal, HeedStore store, String source, long maxBacklogBytes) {
        this.journal = journal;
        this.loader = new JournalLoader<>(
                journal,
                store,
                EventRecordCodec::decode,
                events -> EventStore.of(store).append(source, events, List.of()),
                20_000,
                200,
                maxBacklogBytes);
    }

    /** Opens the journal {@code name} in {@code dir/name}, loading first what an earlier process left there. */
    public static EventJournal open(HeedStore store, Path dir, String name, String source, long maxBacklogBytes) {
        return new EventJournal(
                Journal.open(dir.resolve(name), name, Journal.DEFAULT_SEGMENT_BYTES), store, source, maxBacklogBytes);
    }

    /** Journals the event; when this returns it survives the process being killed. */
    public void accept(Event e) {
        journal.append(EventRecordCodec.encode(e));
    }

    /** Whether so much waits for the store that callers should refuse new events. */
    public boolean behind() {
        return loader.behind();
    }

    /** Events journaled and not yet in the store. */
    public long pending() {
        return loader.pending();
    }

    /** Events an earlier process had journaled but not stored, loaded at this start. */
    public long recovered() {
        return loader.recovered();
    }

    /** Store writes that failed (and were retried). */
    public long failedWrites() {
        return loader.failedWrites();
    }

    /** Records that could not be decoded, skipped. */
    public long unreadable() {
        return loader.unreadable();
    }

    /** Loads what is journaled (waiting up to {@code waitMillis}), then stops; true when all of it is stored. */
    public boolean close(long waitMillis) {
        return loader.close(waitMillis);
    }

    @Override
    public void close() {
        close(300_000);
    }
}
