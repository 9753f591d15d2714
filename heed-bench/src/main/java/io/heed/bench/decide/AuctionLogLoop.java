package io.heed.bench.decide;

import io.heed.ads.attention.SmoothedCtrEstimator;
import io.heed.ads.decide.BudgetLedger;
import io.heed.ads.decide.Decision;
import io.heed.ads.decide.DecisionEngine;
import io.heed.ads.decide.DecisionRequest;
import io.heed.ads.decide.FrequencyCapper;
import io.heed.ads.decide.Pacer;
import io.heed.bench.Scratch;
import io.heed.storage.HeedStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The auction log alone: decisions made beforehand by the engine (the benchmark's catalog and requests) are
 * journaled as serving journals them ({@link io.heed.ads.sql.AuctionJournal}, loading into the embedded store) as
 * fast as one thread can append; the clock stops when everything is in the store. Tells whether the loader keeps up
 * with serving, apart from HTTP and the engine, and what journaling costs the serving thread per decision.
 * {@link #main} runs it alone.
 */
final class AuctionLogLoop {
    /**
     * Decisions stored per second, their number, the serving thread's mean wall time journaling one, and the CPU
     * the whole process spent per decision (journaling, loading, the store's own threads, and the checkpoint when
     * the store closes: all of it, as the log costs a server).
     */
    record Result(double writesPerSecond, long written, double appendMicros, double cpuMicros) {}

    private AuctionLogLoop() {}

    static Result run(Path dir, int campaigns, int decisions) throws Exception {
        List<Decision> made = decisions(campaigns, Math.min(decisions, 50_000));
        Scratch.deleteTree(dir);
        Files.createDirectories(dir);
        long cpu0;
        Result r;
        try (HeedStore store = HeedStore.openEmbedded(dir)) {
            io.heed.ads.sql.AuctionJournal log =
                    io.heed.ads.sql.AuctionJournal.open(store, dir.resolve("journal"), Long.MAX_VALUE);
            cpu0 = processCpuNanos(); // from here: the store's creation and migrations are not the log's cost
            long t0 = System.nanoTime();
            for (int i = 0; i < decisions; i++) {
                log.accept(made.get(i % made.size()));
            }
            double appendMicros = (System.nanoTime() - t0) / 1e3 / decisions;
            if (!log.close(600_000)) {
                throw new IllegalStateException("the auction log did not drain within 10 min");
            }
            double s = (System.nanoTime() - t0) / 1e9;
            if (log.failedWrites() > 0 || log.unreadable() > 0 || log.written() != decisions) {
                throw new IllegalStateException("auction log: " + log.written() + " of " + decisions + " stored, "
                        + log.failedWrites() + " failed writes, " + log.unreadable() + " unreadable");
            }
            r = new Result(log.written() / s, log.written(), appendMicros, 0);
        }
        double cpuMicros = (processCpuNanos() - cpu0) / 1e3 / decisions;
        return new Result(r.writesPerSecond(), r.written(), r.appendMicros(), cpuMicros);
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean)
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static List<Decision> decisions(int campaigns, int n) {
        List<Decision> out = new ArrayList<>(n);
        BudgetLedger ledger = new BudgetLedger();
        DecisionEngine engine = new DecisionEngine(
                SmoothedCtrEstimator.defaults(),
                ledger,
                new FrequencyCapper(),
                Pacer.defaults(ledger),
                20261001L,
                out::add);
        engine.reload(BenchCatalog.catalog(campaigns, 7));
        List<DecisionRequest> requests = BenchCatalog.requests(1_000, 11, System.currentTimeMillis());
        for (int i = 0; out.size() < n; i++) {
            engine.decide(requests.get(i % requests.size()));
        }
        return out;
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 150_000;
        Path dir = Files.createTempDirectory("heed-auction-log");
        for (int i = 0; i < 3; i++) {
            Result r = run(dir, DecideBenchmark.CAMPAIGNS, n);
            System.out.printf(
                    "auction log: %.0f writes/s (%,d written; journaling %.2f us per decision; process "
                            + "CPU %.1f us per decision)%n",
                    r.writesPerSecond(), r.written(), r.appendMicros(), r.cpuMicros());
        }
        Scratch.deleteTree(dir);
    }
}
