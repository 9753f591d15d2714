package io.heed.bench.recsys;

import io.heed.bench.BenchOptions;
import io.heed.bench.BenchResult;
import io.heed.bench.Benchmark;
import io.heed.recsys.Interactions;
import io.heed.recsys.RecModel;
import io.heed.recsys.RecScorer;
import io.heed.recsys.SeenItems;
import io.heed.recsys.cf.IalsConfig;
import io.heed.recsys.cf.IalsTrainer;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * {@code heed bench recsys-serving}: serving latency of top-10 from a 50,000-item catalogue with a 64-factor iALS
 * model — one thread, a request = score every item, drop the user's training items, select the top 10 — after a
 * warm-up, as percentiles; also fold-in (a 20-item history, no retraining). Synthetic data are Zipf-popular (see
 * {@link SyntheticInteractions}); the model trains 2 iterations only, since latency does not depend on quality. The
 * iALS scale run is {@link RecsysScaleBenchmark}.
 */
public final class RecsysServingBenchmark implements Benchmark {
    @Override
    public String name() {
        return "recsys-serving";
    }

    @Override
    public String description() {
        return "top-10 latency from 50,000 items (iALS, 64 factors, one thread) and fold-in";
    }

    @Override
    public BenchResult run(BenchOptions o) {
        BenchResult r = new BenchResult();
        serving(o.quick(), o.log(), r);
        r.put("quick", o.quick());
        return r;
    }

    private static void serving(boolean quick, PrintStream log, BenchResult r) {
        int users = quick ? 5_000 : 20_000;
        Interactions data = SyntheticInteractions.zipf(users, 50_000, 50, 7);
        log.printf(
                Locale.ROOT,
                "  serving model: iALS 64 factors, 2 iterations on %,d users x %,d items, %,d" + " interactions%n",
                data.numUsers(),
                data.numItems(),
                data.nnz());
        RecModel model = new IalsTrainer(IalsConfig.defaults().withIterations(2)).fit(data);
        RecScorer scorer = model.scorer();
        int requests = quick ? 5_000 : 30_000;
        SplittableRandom rnd = new SplittableRandom(11);
        long[] lat = new long[requests];
        for (int k = 0; k < requests / 2; k++) { // warm-up: JIT
            scorer.recommend("u" + rnd.nextInt(users), 10, SeenItems.EXCLUDE);
        }
        for (int k = 0; k < requests; k++) {
            String u = "u" + rnd.nextInt(users);
            long t0 = System.nanoTime();
            scorer.recommend(u, 10, SeenItems.EXCLUDE);
            lat[k] = System.nanoTime() - t0;
        }
        percentiles("serve_top10_50k", lat, r, log);
        int foldRequests = requests / 5;
        long[] fold = new long[foldRequests];
        for (int k = 0; k < foldRequests; k++) {
            List<String> history = new ArrayList<>(20);
            for (int j = 0; j < 20; j++) {
                history.add("i" + rnd.nextInt(50_000));
            }
            long t0 = System.nanoTime();
            scorer.recommendForHistory(history, 10, SeenItems.EXCLUDE);
            fold[k] = System.nanoTime() - t0;
        }
        percentiles("foldin_top10_50k", fold, r, log);
        r.put("serve_items", 50_000);
        r.put("serve_factors", 64);
        r.put("serve_requests", requests);
    }

    private static void percentiles(String key, long[] nanos, BenchResult r, PrintStream log) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        double p50 = s[(int) (s.length * 0.50)] / 1e6;
        double p99 = s[(int) (s.length * 0.99)] / 1e6;
        double p999 = s[Math.min(s.length - 1, (int) (s.length * 0.999))] / 1e6;
        r.put(key + "_p50_ms", round(p50));
        r.put(key + "_p99_ms", round(p99));
        r.put(key + "_p999_ms", round(p999));
        r.put(key + "_max_ms", round(s[s.length - 1] / 1e6));
        log.printf(
                Locale.ROOT,
                "  %s: p50 %.3f ms, p99 %.3f ms, p99.9 %.3f ms (%,d requests, one thread)%n",
                key,
                p50,
                p99,
                p999,
                s.length);
    }

    private static double round(double v) {
        return Math.round(v * 1e4) / 1e4;
    }
}
