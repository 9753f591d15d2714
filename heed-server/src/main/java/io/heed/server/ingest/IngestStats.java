package io.heed.server.ingest;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

/** Counters of the ingest path since the server started; updated by parse threads and the writer. */
public final class IngestStats {
    final LongAdder requests = new LongAdder();
    final LongAdder received = new LongAdder();
    final LongAdder accepted = new LongAdder();
    final LongAdder duplicates = new LongAdder();
    final LongAdder quarantined = new LongAdder();
    final LongAdder groups = new LongAdder();
    final LongAdder failedGroups = new LongAdder();
    final LongAdder rejectedBusy = new LongAdder();
    final AtomicLong committingRows = new AtomicLong();
    private final AtomicReference<LastGroup> last = new AtomicReference<>();

    /** The latest committed group: how many requests and rows it merged and how long the append took. */
    public record LastGroup(int requests, int events, int quarantined, long appendMillis, Instant committedAt) {}

    /** A consistent-enough copy of the counters for reporting. */
    public record Snapshot(
            long requests,
            long received,
            long accepted,
            long duplicates,
            long quarantined,
            long groups,
            long failedGroups,
            long rejectedBusy,
            long committingRows,
            LastGroup lastGroup) {}

    public void busyRejected() {
        rejectedBusy.increment();
    }

    void committed(LastGroup g) {
        last.set(g);
        groups.increment();
    }

    public Snapshot snapshot() {
        return new Snapshot(
                requests.sum(),
                received.sum(),
                accepted.sum(),
                duplicates.sum(),
                quarantined.sum(),
                groups.sum(),
                failedGroups.sum(),
                rejectedBusy.sum(),
                committingRows.get(),
                last.get());
    }
}
