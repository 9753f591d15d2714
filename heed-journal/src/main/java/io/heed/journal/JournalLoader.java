package io.heed.journal;

import io.heed.storage.HeedStore;
import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves a {@link Journal} into the store on one background thread, in batches of up to {@code maxBatch} records
 * gathered for up to {@code lingerMillis} (a commit has a fixed cost, so it should carry many records). Records are
 * decoded here, so that no sink ever holds bytes of a segment that may be unmapped; a record the decoder refuses is
 * counted ({@link #unreadable}), logged and skipped, never retried. Each batch
 * and the lanes' new {@link JournalCheckpoints positions} are written in one transaction: a record is in the store
 * exactly once, whatever crashes when. A failed write is retried (after a pause) rather than dropped, and the
 * journal grows meanwhile; producers ask {@link #behind} to stop taking work before the disk fills. On start, the
 * lanes an earlier process left are loaded first, from their checkpoints, before the thread starts.
 */
public final class JournalLoader<T> implements AutoCloseable {
    /** Turns a record's bytes into {@code T}; {@link IllegalArgumentException} when they are not one. */
    public interface Decoder<T> {
        T decode(ByteBuffer record);
    }

    /** Writes records into the store inside the loader's transaction (the checkpoint goes in with them). */
    public interface Sink<T> {
        void write(Connection c, List<T> records) throws SQLException;
    }

    /**
     * Writes records into the store in transactions of its own, the checkpoint following in another: after a crash
     * between the two the records are written again, so writing a record twice must leave the store as once (e.g.
     * events, which the store deduplicates by key).
     */
    public interface IdempotentSink<T> {
        void write(List<T> records);
    }

    private static final Logger LOG = LoggerFactory.getLogger(JournalLoader.class);
    private static final long POLL_MS = 5;
    private static final long RETRY_MS = 1_000;
    private static final long FORCE_MS = 1_000;

    private final Journal journal;
    private final HeedStore store;
    private final Decoder<T> decoder;
    private final Sink<T> sink;
    private final IdempotentSink<T> idempotentSink;
    private final int maxBatch;
    private final long lingerMillis;
    private final long maxBacklogBytes;
    private final Thread thread;
    private final LongAdder written = new LongAdder();
    private final LongAdder failedWrites = new LongAdder();
    private final LongAdder torn = new LongAdder();
    private final LongAdder unreadable = new LongAdder();
    private final long recovered;
    private volatile boolean running = true;
    private volatile boolean drained;

    /**
     * Recovers what earlier processes left, then starts loading. {@code maxBacklogBytes}: beyond this much
     * unloaded data {@link #behind} says so.
     */
    public JournalLoader(
            Journal journal,
            HeedStore store,
            Decoder<T> decoder,
            Sink<T> sink,
            int maxBatch,
            long lingerMillis,
            long maxBacklogBytes) {
        this(journal, store, decoder, sink, null, maxBatch, lingerMillis, maxBacklogBytes);
    }

    /** As above with a sink that commits on its own (at least once; it must be idempotent). */
    public JournalLoader(
            Journal journal,
            HeedStore store,
            Decoder<T> decoder,
            IdempotentSink<T> sink,
            int maxBatch,
            long lingerMillis,
            long maxBacklogBytes) {
        this(journal, store, decoder, null, sink, maxBatch, lingerMillis, maxBacklogBytes);
    }

    private JournalLoader(
            Journal journal,
            HeedStore store,
            Decoder<T> decoder,
            Sink<T> sink,
            IdempotentSink<T> idempotentSink,
            int maxBatch,
            long lingerMillis,
            long maxBacklogBytes) {
        this.journal = journal;
        this.store = store;
        this.decoder = decoder;
        this.sink = sink;
        this.idempotentSink = idempotentSink;
        this.maxBatch = maxBatch;
        this.lingerMillis = lingerMillis;
        this.maxBacklogBytes = maxBacklogBytes;
        this.recovered = recover();
        this.thread = new Thread(this::run, "heed-journal-" + journal.name);
        thread.setDaemon(true);
        thread.start();
    }

    /** Loads every record earlier processes left after their checkpoints; returns how many. */
    private long recover() {
        Map<String, List<JournalSegment>> left = journal.takeLeftovers();
        Map<String, JournalCheckpoints.Position> marks = store.read(c -> JournalCheckpoints.load(c, journal.name));
        long n = 0;
        for (Map.Entry<String, List<JournalSegment>> e : left.entrySet()) {
            JournalCheckpoints.Position p = marks.get(e.getKey());
            JournalLane lane = JournalLane.forRecovery(
                    e.getKey(), journal.dir, e.getValue(), p == null ? 0 : p.seq(), p == null ? 0 : p.pos());
            List<JournalLane> one = List.of(lane);
            List<ByteBuffer> batch;
            while (!(batch = collect(one, false)).isEmpty()) {
                n += batch.size();
                store(batch, one); // a store that fails here fails the start: serving must not begin on a gap
            }
            lane.deleteAll();
        }
        if (!left.isEmpty()) {
            store.write(c -> {
                JournalCheckpoints.forget(c, journal.name, left.keySet());
                return null;
            });
        }
        journal.forgetDeadEpochs();
        if (n > 0 || torn.sum() > 0) {
            LOG.warn(
                    "journal {}: recovered {} records an earlier process had not loaded ({} torn records at the "
                            + "end of a lane, from a machine crash, skipped)",
                    journal.name,
                    n,
                    torn.sum());
        }
        return n;
    }

    private void run() {
        long lastForce = System.nanoTime();
        boolean failing = false;
        while (true) {
            boolean closing = !running;
            List<ByteBuffer> batch = collect(journal.lanes, !closing);
            if (!batch.isEmpty()) {
                try {
                    store(batch, journal.lanes);
                    if (failing) {
                        LOG.info("journal {}: the store takes records again", journal.name);
                        failing = false;
                    }
                } catch (RuntimeException e) {
                    journal.lanes.forEach(JournalLane::rollback);
                    failedWrites.increment();
                    if (!failing) {
                        LOG.warn(
                                "journal {}: store write failed, retrying every {} ms: {}",
                                journal.name,
                                RETRY_MS,
                                e.toString());
                        failing = true;
                    }
                    for (long waited = 0; waited < RETRY_MS && running; waited += POLL_MS) {
                        sleep(POLL_MS);
                    }
                    if (closing) {
                        return; // the records stay in the journal, for the next start
                    }
                }
            } else if (closing) {
                drained = true;
                return;
            } else {
                sleep(POLL_MS);
            }
            for (JournalLane l : journal.lanes) {
                try {
                    l.prepareSpare();
                } catch (RuntimeException e) { // e.g. a full disk: the producer will meet it and fail its append
                    LOG.warn("journal {}: cannot prepare a segment: {}", journal.name, e.getMessage());
                }
            }
            if (System.nanoTime() - lastForce > FORCE_MS * 1_000_000) {
                lastForce = System.nanoTime();
                for (JournalLane l : journal.lanes) {
                    l.forceLast();
                }
            }
        }
    }

    /**
     * Reads up to {@code maxBatch} records from the lanes (tentatively: they are read again if the write fails),
     * waiting up to the linger after the first when {@code linger}.
     */
    private List<ByteBuffer> collect(List<JournalLane> lanes, boolean linger) {
        List<ByteBuffer> batch = new ArrayList<>();
        long until = 0;
        while (batch.size() < maxBatch) {
            int before = batch.size();
            for (JournalLane lane : lanes) {
                ByteBuffer r;
                while (batch.size() < maxBatch && (r = lane.next()) != null) {
                    if (r == JournalLane.TORN) {
                        torn.increment(); // the rest of a lane after a torn record cannot be trusted
                        if (linger) { // a live lane: written by this process, so this is disk corruption
                            LOG.error("journal {}: a record failed its checksum; its lane stops there", journal.name);
                        }
                        break;
                    }
                    batch.add(r);
                }
            }
            if (batch.isEmpty() || !linger || !running) {
                return batch;
            }
            if (until == 0) {
                until = System.nanoTime() + lingerMillis * 1_000_000;
            } else if (System.nanoTime() >= until) {
                return batch;
            }
            if (batch.size() == before) {
                sleep(POLL_MS);
            }
        }
        return batch;
    }

    private void store(List<ByteBuffer> batch, List<JournalLane> lanes) {
        List<JournalCheckpoints.Position> ends = new ArrayList<>();
        List<JournalLane> read = new ArrayList<>();
        for (JournalLane l : lanes) {
            if (l.readAnything()) {
                read.add(l);
                ends.add(l.tentativeEnd());
            }
        }
        List<T> records = new ArrayList<>(batch.size());
        List<String> refused = new ArrayList<>();
        for (ByteBuffer b : batch) {
            try {
                records.add(decoder.decode(b));
            } catch (IllegalArgumentException e) {
                refused.add(e.getMessage());
            }
        }
        batch.clear(); // the bytes point into segments that commit may unmap; nothing below holds them
        if (sink != null) {
            store.write(c -> {
                sink.write(c, records);
                JournalCheckpoints.save(c, journal.name, ends);
                return null;
            });
        } else {
            if (!records.isEmpty()) {
                idempotentSink.write(records);
            }
            store.write(c -> {
                JournalCheckpoints.save(c, journal.name, ends);
                return null;
            });
        }
        if (!refused.isEmpty()) { // counted once stored: a failed write reads the batch again
            unreadable.add(refused.size());
            LOG.error(
                    "journal {}: {} records could not be decoded and were skipped (a bug or disk corruption); "
                            + "the first: {}",
                    journal.name,
                    refused.size(),
                    refused.get(0));
        }
        read.forEach(JournalLane::commit);
        written.add(records.size());
    }

    /** Whether more than the allowed backlog waits to be loaded: producers should stop taking work. */
    public boolean behind() {
        return journal.backlogBytes() > maxBacklogBytes;
    }

    public long pending() {
        return journal.backlogRecords();
    }

    public long written() {
        return written.sum();
    }

    /** Store writes that failed (and were retried). */
    public long failedWrites() {
        return failedWrites.sum();
    }

    /** Records the decoder refused (a bug or disk corruption), skipped. */
    public long unreadable() {
        return unreadable.sum();
    }

    /** Records whose checksum failed at the end of a recovered lane (a machine crash mid-write), skipped. */
    public long torn() {
        return torn.sum();
    }

    /** Records recovered at start from earlier processes. */
    public long recovered() {
        return recovered;
    }

    /**
     * Stops appends, loads what is left (waiting up to {@code waitMillis}), and deletes the journal's files when
     * everything is in the store; otherwise they stay for the next start. True when everything was loaded.
     */
    public boolean close(long waitMillis) {
        journal.stopAppends();
        running = false;
        try {
            thread.join(Math.max(1, waitMillis));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        boolean done = drained && !thread.isAlive();
        if (done) {
            journal.lanes.forEach(JournalLane::deleteAll);
            List<String> own = journal.lanes.stream().map(l -> l.key).toList();
            try {
                store.write(c -> {
                    JournalCheckpoints.forget(c, journal.name, own);
                    return null;
                });
            } catch (RuntimeException e) { // harmless: a lane's key never comes back
                LOG.warn("journal {}: cannot forget its checkpoints: {}", journal.name, e.toString());
            }
        } else {
            LOG.warn(
                    "journal {}: {} records not yet in the store stay in {} for the next start",
                    journal.name,
                    pending(),
                    journal.dir);
        }
        journal.close();
        return done;
    }

    @Override
    public void close() {
        close(300_000);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
