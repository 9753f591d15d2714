package io.heed.bench.ingest;

import io.heed.bench.BenchOptions;
import io.heed.bench.BenchResult;
import io.heed.bench.Benchmark;
import io.heed.bench.Scratch;
import io.heed.bench.Stats;
import io.heed.events.ingest.IngestFormat;
import io.heed.events.ingest.IngestReport;
import io.heed.events.ingest.ProgressListener;
import io.heed.events.sql.EventStore;
import io.heed.events.sql.MappingOptions;
import io.heed.events.validate.ValidationPolicy;
import io.heed.sim.SimConfig;
import io.heed.sim.Simulator;
import io.heed.storage.HeedStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * {@code heed bench ingest}: file ingest of a simulated events CSV (5,000,000 events; 500,000 with --quick),
 * Heed's validated, deduplicated, stitched ingest side by side with DuckDB's own bulk load of the same file into
 * a plain table (the ceiling), alternating which runs first; then HTTP batch ingest from a loopback load
 * generator ({@link HttpIngestLoad}).
 */
public final class IngestBenchmark implements Benchmark {
    @Override
    public String name() {
        return "ingest";
    }

    @Override
    public String description() {
        return "file ingest vs DuckDB's native CSV load; HTTP batch ingest throughput and p99";
    }

    @Override
    public BenchResult run(BenchOptions o) throws Exception {
        long events = o.quick() ? 500_000 : 5_000_000;
        int repeats = o.quick() ? 1 : 3;
        Path data = o.workDir().resolve("ingest-" + events);
        Path csv = data.resolve("events.csv");
        if (!Files.exists(csv)) {
            o.log().printf("generating %,d simulated events in %s%n", events, data);
            SimConfig cfg = SimConfig.demo()
                    .withSeed(7)
                    .withEvents(events)
                    .withUsers((int) Math.max(10_000, events / 100))
                    .withItems((int) Math.max(2_000, events / 1000));
            new Simulator(cfg).run(data, n -> {});
        }
        long rows = Files.lines(csv).count() - 1;
        double[] heed = new double[repeats];
        double[] nativ = new double[repeats];
        long accepted = 0;
        for (int i = 0; i < repeats; i++) {
            boolean nativeFirst = i % 2 == 0;
            if (nativeFirst) {
                nativ[i] = nativeLoad(csv, o.workDir().resolve("scratch-native"));
            }
            IngestReport r = heedLoad(csv, o.workDir().resolve("scratch-heed"));
            heed[i] = r.elapsed().toNanos() / 1e9;
            accepted = r.accepted();
            if (!nativeFirst) {
                nativ[i] = nativeLoad(csv, o.workDir().resolve("scratch-native"));
            }
            o.log()
                    .printf(
                            "run %d: heed %.2f s (%,d accepted of %,d rows), duckdb native %.2f s%n",
                            i + 1, heed[i], r.accepted(), r.rowsRead(), nativ[i]);
        }
        double heedRate = rows / Stats.median(heed);
        double nativeRate = rows / Stats.median(nativ);
        BenchResult result = new BenchResult()
                .put("events_in_file", rows)
                .put("heed_accepted", accepted)
                .put("repeats", repeats)
                .put("heed_events_per_s", heedRate)
                .put("duckdb_native_events_per_s", nativeRate)
                .put("ratio", heedRate / nativeRate)
                .put("peer", "DuckDB read_csv into a plain table (CREATE TABLE AS)");
        HttpIngestLoad.Result http = new HttpIngestLoad(o).run();
        result.put("http_events_per_s", http.eventsPerSecond())
                .put("http_p99_ms", http.p99Millis())
                .put("http_p50_ms", http.p50Millis())
                .put("http_batch_events", http.batchEvents())
                .put("http_connections", http.connections())
                .put("http_seconds", http.seconds())
                .put("http_errors", http.errors());
        Scratch.deleteTree(o.workDir().resolve("scratch-native"));
        Scratch.deleteTree(o.workDir().resolve("scratch-heed"));
        return result;
    }

    private static IngestReport heedLoad(Path csv, Path dir) throws IOException {
        Scratch.deleteTree(dir);
        try (HeedStore store = HeedStore.openEmbedded(dir)) {
            return EventStore.of(store)
                    .ingestFile(
                            csv,
                            IngestFormat.EVENTS_CSV,
                            ValidationPolicy.defaults(),
                            MappingOptions.defaults(),
                            ProgressListener.NONE);
        }
    }

    /** DuckDB alone: sniff, parse and store the CSV in a plain table, timed to the statement's return. */
    private static double nativeLoad(Path csv, Path dir) throws IOException, SQLException {
        Scratch.deleteTree(dir);
        Files.createDirectories(dir);
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("native.duckdb"));
                Statement s = c.createStatement()) {
            long t = System.nanoTime();
            s.execute("CREATE TABLE plain AS SELECT * FROM read_csv('" + csv.toAbsolutePath() + "')");
            return (System.nanoTime() - t) / 1e9;
        }
    }
}
