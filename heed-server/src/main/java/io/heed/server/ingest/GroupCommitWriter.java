package io.heed.server.ingest;

import io.heed.events.ingest.Quarantined;
import io.heed.events.model.Event;
import io.heed.events.port.EventAppender;
import io.heed.events.port.EventAppender.AppendResult;
import io.heed.events.port.InsertedKeys;
import io.heed.events.port.InsertedKeys.EventKey;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Group commit: one writer thread drains the batches waiting for the store, merges up to {@code maxGroupRows} rows
 * of them into ONE {@link EventAppender#append} (one transaction), and only then completes every request of the
 * group. A request is therefore acknowledged exactly when its rows are committed; if the append fails, every
 * request of the group fails and nothing of it is stored.
 *
 * <p>Per-request attribution is exact. Within a group the first request (in queue order) to carry a
 * (tenant, event id) owns it, and later copies count as that request's duplicates without reaching the store. The
 * store then reports how many of the remaining events it already held; when that is zero (the usual case) every
 * remaining event was inserted, otherwise the writer reads back the keys the append inserted
 * ({@link InsertedKeys}) and counts the others as duplicates of the requests that carried them.
 *
 * <p>Back-pressure: at most {@code maxQueuedRows} rows wait; {@link #submit} refuses more (the HTTP layer answers
 * 503 with Retry-After).
 */
public final class GroupCommitWriter implements AutoCloseable {
    /** The source recorded for every append of this writer (ingest_batches.source). */
    public static final String SOURCE = "http:/v1/events";

    private static final Logger LOG = LoggerFactory.getLogger(GroupCommitWriter.class);

    private final EventAppender appender;
    private final InsertedKeys insertedKeys;
    private final int maxGroupRows;
    private final long maxQueuedRows;
    private final IngestStats stats;
    private final LinkedBlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final AtomicLong queuedRows = new AtomicLong();
    private final Object admission = new Object();
    private final long lingerNanos;
    private final Thread thread;
    /** A batch that did not fit the previous group; owned by the writer thread. */
    private Pending carry;

    private boolean accepting = true;
    private volatile boolean running = true;

    private record Pending(ParsedBatch batch, CompletableFuture<IngestOutcome> done) {}

    /**
     * @param maxGroupRows  rows (valid plus quarantined) merged into one append at most; a single larger batch is
     *                      committed alone
     * @param maxQueuedRows rows allowed to wait for the writer; beyond it {@link #submit} refuses
     * @param linger        how long the writer may wait for more batches before committing a group that is not
     *                      full, when the previous group held more than one request (zero: never wait)
     */
    public GroupCommitWriter(
            EventAppender appender,
            InsertedKeys insertedKeys,
            int maxGroupRows,
            long maxQueuedRows,
            Duration linger,
            IngestStats stats) {
        if (maxGroupRows < 1 || maxQueuedRows < 1) {
            throw new IllegalArgumentException("maxGroupRows and maxQueuedRows must be >= 1");
        }
        this.appender = appender;
        this.insertedKeys = insertedKeys;
        this.maxGroupRows = maxGroupRows;
        this.maxQueuedRows = maxQueuedRows;
        this.lingerNanos = linger.toNanos();
        this.stats = stats;
        this.thread = new Thread(this::run, "heed-group-commit");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Queues a batch for the next group commit. Empty when the queue is full or the writer is closed; otherwise a
     * future completed (on the writer thread) once the batch is committed, or failed when its group's append failed.
     */
    public Optional<CompletableFuture<IngestOutcome>> submit(ParsedBatch batch) {
        CompletableFuture<IngestOutcome> done = new CompletableFuture<>();
        if (batch.rows() == 0) {
            done.complete(new IngestOutcome(0, 0, 0, List.of()));
            return Optional.of(done);
        }
        synchronized (admission) {
            if (!accepting) {
                return Optional.empty();
            }
            long before = queuedRows.get();
            if (before > 0 && before + batch.rows() > maxQueuedRows) {
                return Optional.empty();
            }
            queuedRows.addAndGet(batch.rows());
            queue.add(new Pending(batch, done));
        }
        return Optional.of(done);
    }

    /** True while a batch of this many rows would be queued (a cheap check before reading a request body). */
    public boolean hasRoom() {
        return queuedRows.get() < maxQueuedRows && thread.isAlive();
    }

    public long queuedRows() {
        return queuedRows.get();
    }

    public boolean isRunning() {
        return thread.isAlive() && running;
    }

    private void run() {
        List<Pending> group = new ArrayList<>();
        int lastGroupRequests = 0;
        double expectedRows = 0;
        while (running || carry != null || !queue.isEmpty()) {
            Pending first;
            int rows;
            try {
                first = take(TimeUnit.MILLISECONDS.toNanos(50));
                if (first == null) {
                    continue;
                }
                group.clear();
                group.add(first);
                rows = first.batch().rows();
                // Linger only when the last group showed concurrency (a lone client must not wait for company),
                // and only until the group is as large as recent groups were: the requests answered by the last
                // commit are usually on their way back.
                long deadline = System.nanoTime() + (lastGroupRequests > 1 ? lingerNanos : 0);
                long enough = Math.min(maxGroupRows, Math.max(1, (long) expectedRows));
                while (rows < maxGroupRows) {
                    Pending next = take(rows >= enough ? 0 : deadline - System.nanoTime());
                    if (next == null) {
                        break;
                    }
                    if (rows + next.batch().rows() > maxGroupRows) {
                        carry = next;
                        break;
                    }
                    group.add(next);
                    rows += next.batch().rows();
                }
                queuedRows.addAndGet(-rows);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            lastGroupRequests = group.size();
            expectedRows = Math.max(expectedRows * 0.875, rows);
            commit(group);
        }
        if (carry != null) {
            queue.add(carry);
        }
        for (Pending p; (p = queue.poll()) != null; ) {
            p.done().completeExceptionally(new IllegalStateException("the writer stopped before this batch"));
        }
    }

    /** The batch held back from the previous group, else the next queued one, waiting up to the given time. */
    private Pending take(long timeoutNanos) throws InterruptedException {
        if (carry != null) {
            Pending c = carry;
            carry = null;
            return c;
        }
        return timeoutNanos > 0 ? queue.poll(timeoutNanos, TimeUnit.NANOSECONDS) : queue.poll();
    }

    private void commit(List<Pending> group) {
        int n = group.size();
        long[] dups = new long[n];
        long[] candidates = new long[n];
        Map<EventKey, Integer> owner = new HashMap<>();
        List<Event> events = new ArrayList<>();
        List<Quarantined> quarantined = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ParsedBatch b = group.get(i).batch();
            for (Event e : b.events()) {
                if (owner.putIfAbsent(new EventKey(e.tenantId(), e.eventId()), i) == null) {
                    events.add(e);
                    candidates[i]++;
                } else {
                    dups[i]++;
                }
            }
            quarantined.addAll(b.quarantined());
        }
        long[] accepted;
        long t0 = System.nanoTime();
        stats.committingRows.set(events.size() + quarantined.size());
        try {
            AppendResult r = appender.append(SOURCE, events, quarantined);
            if (r.duplicates() == 0) {
                accepted = candidates;
            } else {
                accepted = new long[n];
                Set<EventKey> inserted = insertedKeys.ofLatestAppend(SOURCE);
                for (Map.Entry<EventKey, Integer> en : owner.entrySet()) {
                    if (inserted.contains(en.getKey())) {
                        accepted[en.getValue()]++;
                    } else {
                        dups[en.getValue()]++;
                    }
                }
            }
        } catch (Throwable e) { // every request of the group fails; none is acknowledged
            stats.failedGroups.increment();
            LOG.error(
                    "group commit of {} requests ({} events, {} quarantined) failed: {}",
                    n,
                    events.size(),
                    quarantined.size(),
                    e.getClass().getName());
            LOG.debug("group commit failure", e);
            for (Pending p : group) {
                p.done().completeExceptionally(e);
            }
            return;
        } finally {
            stats.committingRows.set(0);
        }
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
        LOG.debug(
                "group commit: {} requests, {} events, {} quarantined in {} ms",
                n,
                events.size(),
                quarantined.size(),
                millis);
        stats.committed(new IngestStats.LastGroup(n, events.size(), quarantined.size(), millis, Instant.now()));
        for (int i = 0; i < n; i++) {
            ParsedBatch b = group.get(i).batch();
            stats.requests.increment();
            stats.received.add(b.received());
            stats.accepted.add(accepted[i]);
            stats.duplicates.add(dups[i]);
            stats.quarantined.add(b.quarantined().size());
            group.get(i).done().complete(new IngestOutcome(b.received(), accepted[i], dups[i], b.quarantined()));
        }
    }

    /** Stops accepting, commits everything already queued, and stops the writer thread. */
    @Override
    public void close() {
        synchronized (admission) {
            accepting = false;
        }
        running = false;
        try {
            thread.join(TimeUnit.MINUTES.toMillis(2));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
