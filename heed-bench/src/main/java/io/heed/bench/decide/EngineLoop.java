package io.heed.bench.decide;

import io.heed.ads.attention.SmoothedCtrEstimator;
import io.heed.ads.decide.BudgetLedger;
import io.heed.ads.decide.Decision;
import io.heed.ads.decide.DecisionEngine;
import io.heed.ads.decide.DecisionRequest;
import io.heed.ads.decide.FrequencyCapper;
import io.heed.ads.decide.Pacer;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;

/**
 * The decision engine alone, in process, on one thread: the benchmark's catalog and request mix, no HTTP, no JSON,
 * no auction-log writer (decisions are counted and dropped). Separates the engine's cost from the server's, and is
 * far less sensitive than wrk figures to other processes on a shared machine. {@link #main} runs it alone (for a
 * profiler: {@code java -cp heed.jar io.heed.bench.decide.EngineLoop 20}).
 */
final class EngineLoop {
    /** Decisions per second, and the per-decision mean and p99 in microseconds, over the measured seconds. */
    record Result(double decisionsPerSecond, double meanMicros, double p99Micros, double candidates) {}

    private EngineLoop() {}

    static Result run(int campaigns, double warmupSeconds, double seconds) {
        LongAdder logged = new LongAdder();
        BudgetLedger ledger = new BudgetLedger();
        DecisionEngine engine = new DecisionEngine(
                SmoothedCtrEstimator.defaults(),
                ledger,
                new FrequencyCapper(),
                Pacer.defaults(ledger),
                20261001L,
                d -> logged.increment());
        engine.reload(BenchCatalog.catalog(campaigns, 7));
        List<DecisionRequest> requests = BenchCatalog.requests(1_000, 11, System.currentTimeMillis());
        loop(engine, requests, warmupSeconds, null);
        long[] nanos = new long[4_000_000];
        int n = loop(engine, requests, seconds, nanos);
        long total = 0;
        for (int i = 0; i < n; i++) {
            total += nanos[i];
        }
        long candidates = 0;
        for (DecisionRequest r : requests.subList(0, 200)) {
            candidates += engine.decide(r).candidates().size();
        }
        long[] sorted = Arrays.copyOf(nanos, n);
        Arrays.sort(sorted);
        return new Result(n / (total / 1e9), total / 1e3 / n, sorted[(int) (0.99 * (n - 1))] / 1e3, candidates / 200.0);
    }

    /** Decides round the request list for {@code seconds}; records each decision's time when {@code nanos} is set. */
    private static int loop(DecisionEngine engine, List<DecisionRequest> requests, double seconds, long[] nanos) {
        long end = System.nanoTime() + (long) (seconds * 1e9);
        int n = 0;
        int filled = 0;
        while (System.nanoTime() < end && (nanos == null || n < nanos.length)) {
            for (int k = 0; k < 100; k++) {
                long t0 = System.nanoTime();
                Decision d = engine.decide(requests.get(n % requests.size()));
                long t = System.nanoTime() - t0;
                filled += d.filled() ? 1 : 0;
                if (nanos != null) {
                    if (n >= nanos.length) {
                        return n;
                    }
                    nanos[n] = t;
                }
                n++;
            }
        }
        if (filled == 0) {
            throw new IllegalStateException("the engine filled none of " + n + " requests: the catalog is broken");
        }
        return n;
    }

    public static void main(String[] args) {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 10;
        for (int i = 0; i < 3; i++) {
            Result r = run(DecideBenchmark.CAMPAIGNS, 5, seconds);
            System.out.printf(
                    "engine: %.0f decisions/s on one thread, mean %.1f us, p99 %.1f us, %.1f candidates%n",
                    r.decisionsPerSecond(), r.meanMicros(), r.p99Micros(), r.candidates());
        }
    }
}
