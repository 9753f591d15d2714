package io.heed.bench.decide;

import io.heed.ads.attention.SmoothedCtrEstimator;
import io.heed.ads.decide.AsyncLog;
import io.heed.ads.decide.BudgetLedger;
import io.heed.ads.decide.Decision;
import io.heed.ads.decide.DecisionEngine;
import io.heed.ads.decide.DecisionRequest;
import io.heed.ads.decide.FrequencyCapper;
import io.heed.ads.decide.Pacer;
import io.heed.bench.Scratch;
import io.heed.store.HeedStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The auction-log writer alone: decisions made beforehand by the engine (the benchmark's catalog and requests) are
 * offered to the server's writer (an {@link AsyncLog} as sized in the server, draining into the embedded store's
 * auction log) as fast as one thread can offer them; the clock stops when everything is written. Tells whether the
 * writer keeps up with serving, apart from HTTP and the engine. {@link #main} runs it alone.
 */
final class AuctionLogLoop {
    /** Decisions written per second, and how many of those offered the full queue dropped. */
    record Result(double writesPerSecond, long written, long dropped) {
    }

    private AuctionLogLoop() {
    }

    static Result run(Path dir, int campaigns, int decisions, int maxBatch) throws Exception {
        List<Decision> made = decisions(campaigns, Math.min(decisions, 50_000));
        Scratch.deleteTree(dir);
        Files.createDirectories(dir);
        try (HeedStore store = HeedStore.openEmbedded(dir)) {
            io.heed.store.ads.SqlAuctionLog sink = new io.heed.store.ads.SqlAuctionLog(store);
            AsyncLog<Decision> log = new AsyncLog<>("bench-auction-log", 200_000, maxBatch, sink::append);
            long t0 = System.nanoTime();
            for (int i = 0; i < decisions; i++) {
                log.accept(made.get(i % made.size()));
            }
            if (!log.close(600_000)) {
                throw new IllegalStateException("the auction log did not drain within 10 min");
            }
            double s = (System.nanoTime() - t0) / 1e9;
            if (log.failed() > 0) {
                throw new IllegalStateException(log.failed() + " auction-log records failed to write");
            }
            return new Result(log.written() / s, log.written(), log.dropped());
        }
    }

    private static List<Decision> decisions(int campaigns, int n) {
        List<Decision> out = new ArrayList<>(n);
        BudgetLedger ledger = new BudgetLedger();
        DecisionEngine engine = new DecisionEngine(SmoothedCtrEstimator.defaults(), ledger, new FrequencyCapper(),
                Pacer.defaults(ledger), 20261001L, out::add);
        engine.reload(BenchCatalog.catalog(campaigns, 7));
        List<DecisionRequest> requests = BenchCatalog.requests(1_000, 11, System.currentTimeMillis());
        for (int i = 0; out.size() < n; i++) {
            engine.decide(requests.get(i % requests.size()));
        }
        return out;
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 150_000;
        int maxBatch = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        Path dir = Files.createTempDirectory("heed-auction-log");
        for (int i = 0; i < 3; i++) {
            Result r = run(dir, DecideBenchmark.CAMPAIGNS, n, maxBatch);
            System.out.printf("auction log: %.0f writes/s (%,d written, %,d dropped)%n", r.writesPerSecond(),
                    r.written(), r.dropped());
        }
        Scratch.deleteTree(dir);
    }
}
