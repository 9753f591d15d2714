package io.heed.bench.ingest;

import io.heed.app.config.HeedConfig;
import io.heed.app.config.ServerConfig;
import io.heed.bench.load.HttpLoadGenerator;
import io.heed.bench.load.LoadPlan;
import io.heed.bench.load.LoadReport;
import io.heed.server.HeedServer;
import io.heed.storage.HeedStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;

/**
 * Measures POST /v1/events throughput once (not a unit test): a server on a fresh embedded DuckDB store under
 * /tmp, and {@link HttpLoadGenerator} posting batches of unique events over loopback.
 *
 * <pre>
 * java -cp ... io.heed.bench.ingest.IngestThroughputMain [connections=16] [seconds=20] [eventsPerBatch=1000] [lingerMs=20]
 * </pre>
 */
public final class IngestThroughputMain {
    private static final String[] TYPES = {"view", "view", "view", "click", "impression"};

    private IngestThroughputMain() {}

    /** A batch of unique events: ids {@code b<n>-<i>}, 50k users, 5k items, ISO timestamps. */
    static byte[] body(long n, int events) {
        StringBuilder sb = new StringBuilder(events * 190);
        sb.append('[');
        for (int i = 0; i < events; i++) {
            long k = n * events + i;
            if (i > 0) {
                sb.append(',');
            }
            sb.append("{\"event_id\":\"b")
                    .append(n)
                    .append('-')
                    .append(i)
                    .append("\",\"type\":\"")
                    .append(TYPES[(int) (k % TYPES.length)])
                    .append("\",\"user_id\":\"u")
                    .append(k * 7919 % 50_000)
                    .append("\",\"item_id\":\"i")
                    .append(k * 104_729 % 5_000)
                    .append("\",\"timestamp\":\"2025-10-01T07:")
                    .append(two(k / 60 % 60))
                    .append(':')
                    .append(two(k % 60))
                    .append("Z\",\"placement\":\"feed\",\"position\":")
                    .append(k % 20)
                    .append(",\"device\":\"mobile\",\"session_id\":\"s")
                    .append(k / 40)
                    .append("\"}");
        }
        return sb.append(']').toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String two(long v) {
        return v < 10 ? "0" + v : Long.toString(v);
    }

    public static void main(String[] args) throws Exception {
        int connections = args.length > 0 ? Integer.parseInt(args[0]) : 16;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int perBatch = args.length > 2 ? Integer.parseInt(args[2]) : 1000;
        ServerConfig cfg = ServerConfig.defaults().withPort(0);
        if (args.length > 3) {
            cfg = cfg.withGroupLingerMillis(Integer.parseInt(args[3]));
        }
        Path dir = Files.createTempDirectory(Path.of("/tmp"), "heed-ingest-bench-");
        System.out.printf(
                "store %s, %d cores, %d connections, %d s, %d events per batch, %d bytes per body, "
                        + "group linger %d ms%n",
                dir,
                Runtime.getRuntime().availableProcessors(),
                connections,
                seconds,
                perBatch,
                body(0, perBatch).length,
                cfg.groupLingerMillis());
        try (HeedStore store = HeedStore.openEmbedded(dir);
                HeedServer server = HeedServer.start(HeedConfig.defaults().withServer(cfg), store)) {
            // warm-up: JIT, DuckDB, connection pool (its ids use a separate range of batch numbers)
            HttpLoadGenerator.run(LoadPlan.forDuration(
                    server.baseUri().resolve("/v1/events"),
                    connections,
                    Duration.ofSeconds(3),
                    perBatch,
                    n -> body(1_000_000_000L + n, perBatch)));
            long before = count(store);
            LoadReport r = HttpLoadGenerator.run(LoadPlan.forDuration(
                    server.baseUri().resolve("/v1/events"),
                    connections,
                    Duration.ofSeconds(seconds),
                    perBatch,
                    n -> body(n, perBatch)));
            long stored = count(store) - before;
            System.out.println(r.summary());
            System.out.printf("events stored during the run: %d (acknowledged %d)%n", stored, r.events());
        }
    }

    private static long count(HeedStore store) {
        return store.read(c -> {
            try (Statement s = c.createStatement();
                    ResultSet r = s.executeQuery("SELECT COUNT(*) FROM events")) {
                r.next();
                return r.getLong(1);
            }
        });
    }
}
