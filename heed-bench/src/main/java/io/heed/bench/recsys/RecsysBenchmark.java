package io.heed.bench.recsys;

import io.heed.bench.BenchOptions;
import io.heed.bench.BenchResult;
import io.heed.bench.Benchmark;
import io.heed.bench.recsys.PeerBench.PeerRun;
import io.heed.bench.recsys.PeerBench.PeerSpec;
import io.heed.recsys.eval.MovieLensRatings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code heed bench recsys}: every Heed recommender on MovieLens latest-small (then MovieLens 100k, keys prefixed
 * {@code ml100k_}) with shared/tools/peer-bench's protocol (implicit interactions, per-user random 20% holdout,
 * seed 42, training items excluded), Heed's hyperparameters chosen on the validation split carved from training
 * (seed 43) only. In the same run, peer-bench's Spark MLlib ALS and RankSys HKV (64 factors, 15 iterations, the
 * regularisation and α that peer-bench's README gives from its own validation runs) fit the same split as child
 * processes; the ratios compare the two sides of this run. When the peer cannot be built or run, its keys say
 * {@code not run: reason} and no ratio is reported.
 */
public final class RecsysBenchmark implements Benchmark {
    static final int FACTORS = 64;
    static final int ITERATIONS = 15;

    @Override
    public String name() {
        return "recsys";
    }

    @Override
    public String description() {
        return "popularity, item-kNN, iALS, BPR, EASE on MovieLens-small and 100k beside Spark ALS and RankSys"
                + " (peer-bench, same run)";
    }

    @Override
    public BenchResult run(BenchOptions o) throws Exception {
        Path data = MovieLensRatings.sharedDataDir();
        Path small = MovieLensRatings.small(data);
        if (!Files.isRegularFile(small)) {
            throw new IllegalArgumentException("MovieLens-small not found under " + data.toAbsolutePath()
                    + " (run from the repository root with ../shared beside it, or set -Dheed.shared.data)");
        }
        Path peerSource = Path.of(System.getProperty(
                "heed.peer.bench",
                data.toAbsolutePath().getParent().resolve("tools/peer-bench").toString()));
        PeerBench peers = null;
        String peerFailure = null;
        try {
            peers = PeerBench.build(peerSource, o.workDir().resolve("recsys"), o.log());
        } catch (IOException e) {
            peerFailure = e.getMessage();
            o.log().println("  peers not run: " + peerFailure);
        }
        BenchResult r = new BenchResult();
        addDataset(r, "", MovieLensBenchmark.run(data, o.quick()), small, peers, peerFailure, o.quick());
        Path ml100k = MovieLensRatings.ml100k(data);
        if (Files.isRegularFile(ml100k)) {
            addDataset(
                    r, "ml100k_", MovieLensBenchmark.run100k(data, o.quick()), ml100k, peers, peerFailure, o.quick());
        }
        r.put("quick", o.quick());
        return r;
    }

    private static void addDataset(
            BenchResult r,
            String prefix,
            Map<String, Object> heed,
            Path ratings,
            PeerBench peers,
            String peerFailure,
            boolean quick) {
        heed.forEach((k, v) -> {
            if (!k.equals("quick")) {
                r.put(prefix + k, v);
            }
        });
        List<PeerRun> runs = new ArrayList<>();
        for (PeerSpec s : specs(quick)) {
            if (peers == null) {
                runs.add(PeerRun.notRun(s.peer(), peerFailure));
            } else if (quick && !s.peer().equals("spark-als")) {
                runs.add(PeerRun.notRun(s.peer(), "skipped with --quick"));
            } else {
                runs.add(peers.run(ratings, s));
            }
        }
        double heedBest = ((Number) heed.get("heed_best_ndcg10")).doubleValue();
        double heedIals = ((Number) heed.get("heed_ials_train_s")).doubleValue();
        for (PeerRun p : runs) {
            String k = prefix + p.peer().replace('-', '_');
            if (!p.ran()) {
                r.put(k + "_status", "not run: " + p.notRunReason());
                continue;
            }
            r.put(k + "_status", p.note());
            r.put(k + "_ndcg10", p.ndcg10());
            r.put(k + "_recall10", p.recall10());
            r.put(k + "_train_s", p.medianTrainS());
            r.put(k + "_train_s_min", p.minTrainS());
            r.put(k + "_heap_peak_mib", p.heapPeakMiB());
            r.put(k + "_rss_peak_mib", p.rssPeakMiB());
            if (p.peer().equals("spark-als")) {
                r.put(prefix + "ndcg_ratio", round(heedBest / p.ndcg10()));
                r.put(prefix + "train_time_ratio", round(heedIals / p.medianTrainS()));
            } else {
                r.put(k + "_ndcg_ratio", round(heedBest / p.ndcg10()));
                r.put(k + "_train_time_ratio", round(heedIals / p.medianTrainS()));
            }
        }
    }

    /** The peers at Heed's rank and iterations; reg/α as peer-bench's README gives them. */
    static List<PeerSpec> specs(boolean quick) {
        int repeats = quick ? 1 : 3;
        return List.of(
                new PeerSpec("spark-als", FACTORS, ITERATIONS, 1, 10, repeats),
                new PeerSpec("ranksys-hkv", FACTORS, ITERATIONS, 10, 1, repeats));
    }

    private static double round(double v) {
        return Math.round(v * 1e4) / 1e4;
    }
}
