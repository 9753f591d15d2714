package io.heed.bench.decide;

import io.heed.ads.decide.Decision;
import io.heed.ads.decide.DecisionRequest;
import io.heed.ads.decide.ServedAd;
import io.heed.server.HeedServer;
import io.heed.store.HeedStore;
import io.heed.store.Sql;
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
    /** Hits per second and latency as wrk saw them, the URLs offered, and what the store holds afterwards. */
    record Result(Wrk.Run run, int urls, long stored, double loadSeconds) {
        String summary() {
            return String.format(java.util.Locale.ROOT, "%.0f hits/s (p99 %.2f ms), %,d hits of %,d URLs, %,d "
                    + "stored, loaded %.1f s after the run", run.rps(), run.p99Ms(), run.requests(), urls, stored,
                    loadSeconds);
        }
    }

    private TrackingLoad() {
    }

    static Result run(HeedServer server, HeedStore store, Path dir, int decisions, int seconds) throws Exception {
        List<String> urls = new ArrayList<>();
        long now = System.currentTimeMillis();
        int i = 0;
        for (DecisionRequest r : BenchCatalog.requests(decisions, 29, now)) {
            DecisionRequest unique = new DecisionRequest("track-" + i++, r.placementId(), r.userId(),
                    r.advertisingConsent(), r.persona(), r.segments(), r.context(), r.geo(), r.device(), now, 0, 0, 0, 0);
            Decision d = server.ads().engine().decide(unique);
            for (ServedAd a : d.ads()) {
                urls.add(server.ads().impressionUrl(d, a));
            }
        }
        long before = impressions(store);
        Wrk.Run run = Wrk.paths(dir, "track", urls, DecideBenchmark.THREADS).run("http://127.0.0.1:"
                + server.port(), DecideBenchmark.THREADS, DecideBenchmark.CONNECTIONS, seconds);
        if (run.requests() > urls.size()) {
            throw new IllegalStateException("wrk sent " + run.requests() + " hits for " + urls.size() + " URLs: "
                    + "repeats (duplicates) would flatter the rate; make more decisions");
        }
        if (run.errors() > 0) {
            throw new IllegalStateException(run.errors() + " tracking hits failed or were refused");
        }
        long t0 = System.nanoTime();
        if (!server.ads().awaitAuctionLogLoaded(Duration.ofMinutes(5))) {
            throw new IllegalStateException("the tracking journal did not load within 5 min");
        }
        double loadSeconds = (System.nanoTime() - t0) / 1e9;
        return new Result(run, urls.size(), impressions(store) - before, loadSeconds);
    }

    private static long impressions(HeedStore store) {
        return store.read(c -> {
            try (Statement s = c.createStatement()) {
                return Sql.count(s, "SELECT COUNT(*) FROM events WHERE event_type = 'impression'");
            }
        });
    }
}
