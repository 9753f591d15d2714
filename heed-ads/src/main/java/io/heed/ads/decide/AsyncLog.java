package io.heed.ads.decide;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;

/**
 * Takes items off the serving path: a bounded queue drained by one background thread that hands batches of up to
 * {@code maxBatch} to a sink (e.g. the store's auction log), gathering items for up to {@link #LINGER_MS} after the
 * first so that a store commit (with its fixed cost) serves many items. When the queue is full an item is dropped and counted
 * rather than slowing serving; a sink failure is counted and the batch lost, and logging goes on.
 */
public final class AsyncLog<T> implements Consumer<T>, AutoCloseable {
    static final long LINGER_MS = 200;
    static final long CLOSE_WAIT_MS = 300_000;
    private final BlockingQueue<T> queue;
    private final int headroom;
    private final Consumer<List<T>> sink;
    private final int maxBatch;
    private final Thread thread;
    private final LongAdder written = new LongAdder();
    private final LongAdder dropped = new LongAdder();
    private final LongAdder failed = new LongAdder();
    private volatile boolean running = true;

    public AsyncLog(String name, int capacity, int maxBatch, Consumer<List<T>> sink) {
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.headroom = Math.max(1, capacity / 100);
        this.sink = sink;
        this.maxBatch = maxBatch;
        this.thread = new Thread(this::drain, name);
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void accept(T item) {
        if (!queue.offer(item)) {
            dropped.increment();
        }
    }

    private void drain() {
        List<T> batch = new ArrayList<>(maxBatch);
        while (running || !queue.isEmpty()) {
            try {
                T first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                // a backlog fills the batch at once, also while closing (one item per commit would take minutes)
                queue.drainTo(batch, maxBatch - 1);
                long until = System.nanoTime() + LINGER_MS * 1_000_000;
                while (running && batch.size() < maxBatch && System.nanoTime() < until) {
                    if (queue.drainTo(batch, maxBatch - batch.size()) == 0) {
                        Thread.sleep(5);
                    }
                }
                sink.accept(batch);
                written.add(batch.size());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                failed.add(batch.size());
                org.slf4j.LoggerFactory.getLogger(AsyncLog.class).warn("log sink failed: {}", e.toString());
            } finally {
                batch.clear();
            }
        }
    }

    /**
     * Whether the queue is within 1% of full: producers that must not lose items (serving, whose every auction
     * belongs in the log) refuse new work at this point instead of having items dropped. Items already being
     * produced still fit in the headroom.
     */
    public boolean nearlyFull() {
        return queue.remainingCapacity() < headroom;
    }

    public long written() {
        return written.sum();
    }

    public long dropped() {
        return dropped.sum();
    }

    public long failed() {
        return failed.sum();
    }

    /** Items accepted but not yet handed to the sink. */
    public int pending() {
        return queue.size();
    }

    /** Writes what is queued, then stops (waiting up to {@link #CLOSE_WAIT_MS} for a backlog to drain). */
    @Override
    public void close() {
        close(CLOSE_WAIT_MS);
    }

    /**
     * Writes what is queued, then stops; true when everything was written (or counted as failed) within
     * {@code waitMillis}. At full load the writer can trail serving by many seconds, and whoever closes the store
     * after this must not cut off the backlog.
     */
    public boolean close(long waitMillis) {
        running = false;
        try {
            thread.join(waitMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return !thread.isAlive();
    }
}
