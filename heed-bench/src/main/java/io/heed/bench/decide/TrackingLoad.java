package io.heed.bench.decide;

import io.heed.ads.decide.Decision;
import io.heed.ads.decide.DecisionRequest;
import io.heed.ads.decide.ServedAd;
import io.heed.server.HeedServer;
import io.heed.storage.HeedStore;
import io.heed.storage.Sql;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Impression tracking under load: signed impression URLs of decisions made in process (each URL once: a repeat
 * would be answered as a duplicate, the cheap path), GET by wrk, then a check that every acknowledged hit reached
 * the store's {@code events} once. Before tracking was journaled, each hit was its own store commit: about 50 hits
 * a second, far below the decision rate.
 */
final class TrackingLoad {
    /**
     * Hits per second and latency as wrk saw them at full load and at about half that rate (on URLs not used at
     * full load), the URLs offered, and what the store holds afterwards.
     */
    record Result(Wrk.Run run, Wrk.Run half, int urls, long stored, double loadSeconds) {
        String summary() {
            return String.format(
                    java.util.Locale.ROOT,
                    "%.0f hits/s (p99 %.2f ms), at half load %.0f hits/s "
                            + "(p99 %.2f ms); %,d hits of %,d URLs, %,d stored, loaded %.1f s after the runs",
                    run.rps(),
                    run.p99Ms(),
                    half.rps(),
                    half.p99Ms(),
                    run.requests() + half.requests(),
                    urls,
                    stored,
                    loadSeconds);
        }

        long hits() {
            return run.requests() + half.requests();
        }
    }

    private TrackingLoad() {}

    static Result run(HeedServer server, HeedStore store, Path dir, int decisions, int seconds) throws Exception {
        List<String> urls = new ArrayList<>();
        long now = System.currentTimeMillis();
        int i = 0;
        for (DecisionRequest r : BenchCatalog.requests(decisions, 29, now)) {
            DecisionRequest unique =
                    r.toBuilder().requestId("track-" + i++).timestampMillis(now).build();
            Decision d = server.ads().engine().decide(unique);
            for (ServedAd a : d.ads()) {
                urls.add(server.ads().impressionUrl(d, a));
            }
        }
        long before = impressions(store);
        String base = "http://127.0.0.1:" + server.port();
        int half = urls.size() / 2; // full load takes the first half of the URLs, half load the second
        Wrk.Run run = Wrk.paths(dir, "track", urls.subList(0, half), DecideBenchmark.THREADS)
                .run(base, DecideBenchmark.THREADS, DecideBenchmark.CONNECTIONS, seconds);
        int halfConnections = 16;
        Wrk.Run halfRun = Wrk.paths(
                        dir,
                        "track-half",
                        urls.subList(half, urls.size()),
                        DecideBenchmark.THREADS,
                        halfConnections * 1000.0 / (run.rps() / 2))
                .run(base, DecideBenchmark.THREADS, halfConnections, seconds);
        for (Wrk.Run r : List.of(run, halfRun)) {
            if (r.requests() > half) {
                throw new IllegalStateException("wrk sent " + r.requests() + " hits for " + half + " URLs: "
                        + "repeats (duplicates) would flatter the rate; make more decisions");
            }
            if (r.errors() > 0) {
                throw new IllegalStateException(r.errors() + " tracking hits failed or were refused");
            }
        }
        long t0 = System.nanoTime();
        if (!server.ads().awaitAuctionLogLoaded(Duration.ofMinutes(5))) {
            throw new IllegalStateException("the tracking journal did not load within 5 min");
        }
        double loadSeconds = (System.nanoTime() - t0) / 1e9;
        return new Result(run, halfRun, urls.size(), impressions(store) - before, loadSeconds);
    }

    private static long impressions(HeedStore store) {
        return store.read(c -> {
            try (Statement s = c.createStatement()) {
                return Sql.count(s, "SELECT COUNT(*) FROM events WHERE event_type = 'impression'");
            }
        });
    }
}
