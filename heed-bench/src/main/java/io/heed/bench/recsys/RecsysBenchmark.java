package io.heed.bench.recsys;

import io.heed.bench.BenchOptions;
import io.heed.bench.BenchResult;
import io.heed.bench.Benchmark;
import io.heed.models.eval.MovieLensBenchmark;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code heed bench recsys}: every recommender on MovieLens latest-small (then MovieLens 100k, keys prefixed
 * {@code ml100k_}) with shared/tools/peer-bench's protocol
 * (implicit interactions, per-user random 20% holdout, seed 42, training items excluded), hyperparameters chosen
 * on a validation split carved from training. The Spark ALS figures it compares with are the peer harness's
 * published ones (not run in this command: see BENCHMARKS.md).
 */
public final class RecsysBenchmark implements Benchmark {
    @Override
    public String name() {
        return "recsys";
    }

    @Override
    public String description() {
        return "popularity, item-kNN, iALS, BPR, EASE on MovieLens-small with the peer-bench protocol";
    }

    @Override
    public BenchResult run(BenchOptions o) throws Exception {
        Path data = Path.of(System.getProperty("heed.shared.data", "../shared/data"));
        if (!Files.isRegularFile(data.resolve("movielens-small/ratings.csv"))) {
            throw new IllegalArgumentException("MovieLens-small not found under " + data.toAbsolutePath()
                    + " (run from the repository root with ../shared beside it, or set -Dheed.shared.data)");
        }
        BenchResult r = new BenchResult();
        MovieLensBenchmark.run(data, o.quick()).forEach(r::put);
        if (Files.isRegularFile(data.resolve("movielens-100k/u.data"))) {
            MovieLensBenchmark.run100k(data, o.quick()).forEach((k, v) -> {
                if (!k.equals("quick")) {
                    r.put("ml100k_" + k, v);
                }
            });
        }
        return r;
    }
}
