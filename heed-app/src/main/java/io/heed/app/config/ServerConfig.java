package io.heed.app.config;

/**
 * The {@code server} section of heed.yaml: how the HTTP server listens and how much it takes in at once.
 *
 * @param host            interface to listen on (default 127.0.0.1)
 * @param port            TCP port; 0 picks a free ephemeral port ({@code HeedServer.port()} tells which)
 * @param maxBodyBytes    largest request body accepted, in bytes (default 16 MiB); larger bodies get 413, also when
 *                        sent chunked without a Content-Length
 * @param maxBatchEvents  most records in one POST /v1/events (default 10,000); more get 413
 * @param eventLoops      Vert.x event-loop threads and HTTP server instances (default: available processors; 0
 *                        in a file means that default)
 * @param parseThreads    threads that parse and validate batches off the event loops and off the writer
 *                        (default: available processors; 0 in a file means that default)
 * @param maxPendingParses bodies read and waiting for (or in) a parse thread; beyond it 503 (default 64)
 * @param maxGroupRows    rows merged into one group commit at most (default 50,000)
 * @param maxQueuedRows   parsed rows allowed to wait for the single writer; beyond it 503 (default 200,000)
 * @param groupLingerMillis the longest the writer waits for more batches before committing a group smaller than the
 *                        recent groups, once it has seen concurrent requests (default 40 ms; 0 commits at once).
 *                        Every commit has a large fixed cost (the store's duplicate check scans the events table),
 *                        so gathering the requests in flight into one commit pays: with 16 clients posting 1,000
 *                        events each, it gathers all 16 requests into one commit (README: measured throughput).
 *                        Where serving journals is the {@code journal} section's ({@link JournalConfig}).
 */
public record ServerConfig(
        String host,
        int port,
        long maxBodyBytes,
        int maxBatchEvents,
        int eventLoops,
        int parseThreads,
        int maxPendingParses,
        int maxGroupRows,
        long maxQueuedRows,
        int groupLingerMillis) {
    public static final long MIB = 1024L * 1024L;

    public ServerConfig {
        int cores = Runtime.getRuntime().availableProcessors();
        eventLoops = eventLoops == 0 ? cores : eventLoops;
        parseThreads = parseThreads == 0 ? cores : parseThreads;
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("host must be non-blank");
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be in 0..65535, was " + port);
        }
        if (maxBodyBytes < 1024) {
            throw new IllegalArgumentException("maxBodyBytes must be >= 1024, was " + maxBodyBytes);
        }
        if (maxBatchEvents < 1) {
            throw new IllegalArgumentException("maxBatchEvents must be >= 1, was " + maxBatchEvents);
        }
        if (eventLoops < 1 || parseThreads < 1 || maxPendingParses < 1) {
            throw new IllegalArgumentException("eventLoops, parseThreads and maxPendingParses must be >= 1, were "
                    + eventLoops + ", " + parseThreads + " and " + maxPendingParses);
        }
        if (maxGroupRows < maxBatchEvents) {
            throw new IllegalArgumentException(
                    "maxGroupRows (" + maxGroupRows + ") must be >= maxBatchEvents (" + maxBatchEvents + ")");
        }
        if (groupLingerMillis < 0 || groupLingerMillis > 1_000) {
            throw new IllegalArgumentException("groupLingerMillis must be in 0..1000, was " + groupLingerMillis);
        }
        if (maxQueuedRows < maxGroupRows) {
            throw new IllegalArgumentException(
                    "maxQueuedRows (" + maxQueuedRows + ") must be >= maxGroupRows (" + maxGroupRows + ")");
        }
    }

    /** Defaults: 127.0.0.1:8080, 16 MiB bodies, 10,000 records per batch, one event loop per core. */
    public static ServerConfig defaults() {
        int cores = Runtime.getRuntime().availableProcessors();
        return new ServerConfig("127.0.0.1", 8080, 16 * MIB, 10_000, cores, cores, 64, 50_000, 200_000, 40);
    }

    public ServerConfig withHost(String h) {
        return new ServerConfig(
                h,
                port,
                maxBodyBytes,
                maxBatchEvents,
                eventLoops,
                parseThreads,
                maxPendingParses,
                maxGroupRows,
                maxQueuedRows,
                groupLingerMillis);
    }

    public ServerConfig withPort(int p) {
        return new ServerConfig(
                host,
                p,
                maxBodyBytes,
                maxBatchEvents,
                eventLoops,
                parseThreads,
                maxPendingParses,
                maxGroupRows,
                maxQueuedRows,
                groupLingerMillis);
    }

    public ServerConfig withMaxBodyBytes(long b) {
        return new ServerConfig(
                host,
                port,
                b,
                maxBatchEvents,
                eventLoops,
                parseThreads,
                maxPendingParses,
                maxGroupRows,
                maxQueuedRows,
                groupLingerMillis);
    }

    public ServerConfig withMaxBatchEvents(int n) {
        return new ServerConfig(
                host,
                port,
                maxBodyBytes,
                n,
                eventLoops,
                parseThreads,
                maxPendingParses,
                maxGroupRows,
                maxQueuedRows,
                groupLingerMillis);
    }

    public ServerConfig withThreads(int loops, int parsers) {
        return new ServerConfig(
                host,
                port,
                maxBodyBytes,
                maxBatchEvents,
                loops,
                parsers,
                maxPendingParses,
                maxGroupRows,
                maxQueuedRows,
                groupLingerMillis);
    }

    public ServerConfig withGroupLingerMillis(int millis) {
        return new ServerConfig(
                host,
                port,
                maxBodyBytes,
                maxBatchEvents,
                eventLoops,
                parseThreads,
                maxPendingParses,
                maxGroupRows,
                maxQueuedRows,
                millis);
    }

    public ServerConfig withQueues(int pendingParses, int groupRows, long queuedRows) {
        return new ServerConfig(
                host,
                port,
                maxBodyBytes,
                maxBatchEvents,
                eventLoops,
                parseThreads,
                pendingParses,
                groupRows,
                queuedRows,
                groupLingerMillis);
    }
}
