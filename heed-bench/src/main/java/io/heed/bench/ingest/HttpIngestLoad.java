package io.heed.bench.ingest;

import io.heed.app.config.HeedConfig;
import io.heed.app.config.ServerConfig;
import io.heed.bench.BenchOptions;
import io.heed.bench.Scratch;
import io.heed.bench.load.HttpLoadGenerator;
import io.heed.bench.load.LoadPlan;
import io.heed.bench.load.LoadReport;
import io.heed.server.HeedServer;
import io.heed.storage.HeedStore;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * HTTP batch ingest: a Heed server on a fresh embedded store, and a load generator in the same JVM posting
 * batches of 1,000 events with unique ids over loopback keep-alive connections for a fixed time (20 s; 5 s with
 * --quick). Acknowledged means committed, so events/s is durable throughput.
 */
final class HttpIngestLoad {
    static final int BATCH = 1_000;
    static final int CONNECTIONS = 16;

    private final BenchOptions options;

    HttpIngestLoad(BenchOptions options) {
        this.options = options;
    }

    /** Figures of one run. */
    record Result(
            double eventsPerSecond,
            double p50Millis,
            double p99Millis,
            int batchEvents,
            int connections,
            double seconds,
            long errors) {}

    Result run() throws Exception {
        Path dir = options.workDir().resolve("scratch-http");
        Scratch.deleteTree(dir);
        Duration duration = Duration.ofSeconds(options.quick() ? 5 : 20);
        try (HeedStore store = HeedStore.openEmbedded(dir);
                HeedServer server = HeedServer.start(
                        HeedConfig.defaults().withServer(ServerConfig.defaults().withPort(0)), store)) {
            URI url = URI.create("http://127.0.0.1:" + server.port() + "/v1/events");
            // Warm-up: JIT and the store's first writes, not measured.
            Bodies warm = new Bodies("w");
            Bodies measured = new Bodies("m");
            HttpLoadGenerator.run(LoadPlan.forDuration(url, CONNECTIONS, Duration.ofSeconds(2), BATCH, warm::body));
            LoadReport r =
                    HttpLoadGenerator.run(LoadPlan.forDuration(url, CONNECTIONS, duration, BATCH, measured::body));
            options.log().println("http: " + r.summary());
            return new Result(
                    r.eventsPerSecond(),
                    r.p50Ms(),
                    r.p99Ms(),
                    BATCH,
                    CONNECTIONS,
                    r.seconds(),
                    r.errors() + r.non2xx());
        } finally {
            Scratch.deleteTree(dir);
        }
    }

    private static final long BASE_MS = Instant.parse("2026-10-01T00:00:00Z").toEpochMilli();
    private static final String[] TYPES = {"impression", "impression", "impression", "view", "click"};
    private static final int ID_DIGITS = 12;

    /**
     * Bodies of {@link #BATCH} events with ids unique to (prefix, request number). One template is built once;
     * each request copies it and writes its fixed-width id digits in place, so the generator, which shares the
     * machine's two cores with the server, spends microseconds, not a millisecond, per 180 KB body.
     */
    static final class Bodies {
        private final byte[] template;
        private final int[] idOffsets = new int[BATCH];

        Bodies(String prefix) {
            StringBuilder sb = new StringBuilder(BATCH * 200);
            sb.append('[');
            for (int i = 0; i < BATCH; i++) {
                if (i > 0) {
                    sb.append(',');
                }
                String type = TYPES[i % TYPES.length];
                sb.append("{\"event_id\":\"").append(prefix);
                idOffsets[i] = sb.length();
                sb.append("0".repeat(ID_DIGITS))
                        .append("\",\"type\":\"")
                        .append(type)
                        .append("\",\"user_id\":\"u")
                        .append(i * 37 % 50_000)
                        .append('"');
                if (type.equals("view")) {
                    sb.append(",\"item_id\":\"i").append(i % 5_000).append('"');
                } else {
                    sb.append(",\"ad_id\":\"a").append(i % 500).append('"');
                }
                sb.append(",\"timestamp\":")
                        .append(BASE_MS + i * 1_000L)
                        .append(",\"placement\":\"home_feed\",\"position\":")
                        .append(i % 10)
                        .append(",\"device\":\"mobile\",\"platform\":\"ios\",\"geo\":\"FR\"}");
            }
            sb.append(']');
            template = sb.toString().getBytes(StandardCharsets.US_ASCII);
        }

        byte[] body(long request) {
            byte[] b = template.clone();
            for (int i = 0; i < BATCH; i++) {
                long id = request * BATCH + i;
                for (int d = ID_DIGITS - 1, off = idOffsets[i]; d >= 0; d--) {
                    b[off + d] = (byte) ('0' + id % 10);
                    id /= 10;
                }
            }
            return b;
        }
    }
}
