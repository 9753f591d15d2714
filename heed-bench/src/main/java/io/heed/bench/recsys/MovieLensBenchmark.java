package io.heed.bench.recsys;

import io.heed.recsys.Interactions;
import io.heed.recsys.RecModel;
import io.heed.recsys.RecTrainer;
import io.heed.recsys.cf.BprConfig;
import io.heed.recsys.cf.BprTrainer;
import io.heed.recsys.cf.EaseConfig;
import io.heed.recsys.cf.EaseTrainer;
import io.heed.recsys.cf.EmbeddingConfig;
import io.heed.recsys.cf.EmbeddingTrainer;
import io.heed.recsys.cf.EnsembleTrainer;
import io.heed.recsys.cf.IalsConfig;
import io.heed.recsys.cf.IalsTrainer;
import io.heed.recsys.cf.ItemKnnConfig;
import io.heed.recsys.cf.ItemKnnTrainer;
import io.heed.recsys.cf.PopularityConfig;
import io.heed.recsys.cf.PopularityTrainer;
import io.heed.recsys.eval.BlendWeights;
import io.heed.recsys.eval.EvalResult;
import io.heed.recsys.eval.Evaluator;
import io.heed.recsys.eval.HoldoutSplit;
import io.heed.recsys.eval.MovieLensRatings;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Popularity, item-kNN, iALS, BPR, EASE, their validation-weighted ensemble (EASE + iALS + item-kNN) and the
 * attention embedding model on MovieLens-small under the peer-bench protocol (20 % per-user holdout,
 * seed 42). Hyper-parameters are chosen on the validation split carved from the training part (seed 43) only;
 * the chosen setting is then trained on the full training part and evaluated once on test, and the best model
 * (heed_best_model) is the one with the best validation NDCG@10, never chosen on test. Train seconds are
 * the median of three fits in this JVM (five for iALS, whose fastest fit is reported too; EASE fits once in quick
 * mode; the first fit is cold), from in-memory
 * interactions to a ready model. The peers (Spark ALS, RankSys) are run beside this by heed-bench's
 * {@code RecsysBenchmark}, not here.
 */
public final class MovieLensBenchmark {
    private static final long SEED = 42;
    private static final double TEST_FRACTION = 0.2;

    private final boolean quick;
    private final Map<String, Double> validationScores = new LinkedHashMap<>();

    private MovieLensBenchmark(boolean quick) {
        this.quick = quick;
    }

    /** One row of the result table. */
    public record Row(String model, String params, EvalResult result, double trainSeconds, double minTrainSeconds) {}

    public static void main(String[] args) throws IOException {
        boolean quick = Arrays.asList(args).contains("--quick");
        Path dir = args.length > 0 && !args[0].startsWith("--") ? Path.of(args[0]) : MovieLensRatings.sharedDataDir();
        Map<String, Object> figures = run(dir, quick);
        figures.forEach((k, v) -> System.out.println(k + " = " + v));
    }

    /**
     * Runs the benchmark and returns flat figures: {@code heed_best_model}, {@code heed_best_ndcg10},
     * {@code heed_ials_train_s}, and per model {@code <model>_ndcg10}, {@code _recall10}, {@code _map10},
     * {@code _mrr10}, {@code _coverage10}, {@code _train_s}. {@code quick} shrinks the tuning grids.
     */
    public static Map<String, Object> run(Path dataDir, boolean quick) throws IOException {
        return new MovieLensBenchmark(quick).runAll(MovieLensRatings.small(dataDir));
    }

    /** The same table on MovieLens 100k ({@code movielens-100k/u.data}), same protocol and tuning. */
    public static Map<String, Object> run100k(Path dataDir, boolean quick) throws IOException {
        return new MovieLensBenchmark(quick).runAll(MovieLensRatings.ml100k(dataDir));
    }

    private Map<String, Object> runAll(Path file) throws IOException {
        if (!java.nio.file.Files.isRegularFile(file)) {
            throw new IOException("MovieLens ratings not found at " + file.toAbsolutePath()
                    + "; pass the shared data folder (holding movielens-small/ratings.csv, movielens-100k/u.data)");
        }
        Interactions data = MovieLensRatings.read(file);
        HoldoutSplit split = HoldoutSplit.split(data, TEST_FRACTION, SEED);
        HoldoutSplit validation = split.validation(TEST_FRACTION, SEED);
        say(String.format(
                Locale.ROOT,
                "data %s: users=%d items=%d interactions=%d train=%d test=%d",
                file,
                data.numUsers(),
                data.numItems(),
                data.nnz(),
                split.train().nnz(),
                split.test().nnz()));
        List<Row> rows = new ArrayList<>();
        // every model, baselines included, gets a validation score: the best model is chosen on it, never on test
        Map<String, Double> validationNdcg = validationScores;
        PopularityConfig popularity =
                tune("popularity", validation, List.of(PopularityConfig.counts()), PopularityTrainer::new);
        rows.add(measure("popularity", "counts", new PopularityTrainer(popularity), split));

        ItemKnnConfig knn = tune(
                "item-knn",
                validation,
                quick
                        ? List.of(ItemKnnConfig.defaults())
                        : List.of(
                                new ItemKnnConfig(50, 10),
                                new ItemKnnConfig(100, 10),
                                new ItemKnnConfig(200, 10),
                                new ItemKnnConfig(100, 0)),
                ItemKnnTrainer::new);
        rows.add(measure("item-knn", knn.params().toString(), new ItemKnnTrainer(knn), split));

        IalsConfig base = IalsConfig.defaults();
        List<IalsConfig> ials = new ArrayList<>();
        for (double reg : quick ? new double[] {base.regularization()} : new double[] {10, 30, 50}) {
            for (double alpha : quick ? new double[] {base.alpha()} : new double[] {3, 5, 8}) {
                ials.add(base.withRegularization(reg).withAlpha(alpha));
            }
        }
        IalsConfig bestIals = tune("ials", validation, ials, IalsTrainer::new);
        Row ialsRow = measure("ials", bestIals.params().toString(), new IalsTrainer(bestIals), split, 5);
        rows.add(ialsRow);

        BprConfig bpr = BprConfig.defaults();
        BprConfig bestBpr = tune(
                "bpr",
                validation,
                quick ? List.of(bpr) : List.of(bpr.with(100, 0.05, 0.01), bpr, bpr.with(200, 0.05, 0.02)),
                BprTrainer::new);
        rows.add(measure("bpr", bestBpr.params().toString(), new BprTrainer(bestBpr), split));

        List<EaseConfig> ease = new ArrayList<>();
        for (double lambda : quick ? new double[] {250} : new double[] {100, 250, 500, 1000}) {
            ease.add(new EaseConfig(lambda, EaseConfig.defaults().maxItems()));
        }
        EaseConfig bestEase = tune("ease", validation, ease, EaseTrainer::new);
        rows.add(measure("ease", bestEase.params().toString(), new EaseTrainer(bestEase), split, quick ? 1 : 3));

        List<RecTrainer> parts = List.of(new EaseTrainer(bestEase), new IalsTrainer(bestIals), new ItemKnnTrainer(knn));
        BlendWeights.Choice blend = BlendWeights.choose(parts, validation, 10);
        say(String.format(
                Locale.ROOT,
                "  tune ensemble weights (EASE, iALS, item-kNN) %s validation NDCG@10 %.4f",
                Arrays.toString(blend.weights()),
                blend.validationNdcg10()));
        validationNdcg.put("ensemble", blend.validationNdcg10());
        rows.add(measure(
                "ensemble",
                "weights (EASE, iALS, item-kNN) " + Arrays.toString(blend.weights()),
                new EnsembleTrainer(parts, blend.weights()),
                split,
                1));

        EmbeddingConfig emb = EmbeddingConfig.defaults();
        EmbeddingConfig bestEmb = tune(
                "embedding",
                validation,
                quick
                        ? List.of(emb.withEpochs(3))
                        : List.of(
                                emb,
                                new EmbeddingConfig(
                                        emb.dim(),
                                        emb.epochs(),
                                        0.005,
                                        emb.regularization(),
                                        emb.negatives(),
                                        emb.historyLength(),
                                        emb.seed())),
                EmbeddingTrainer::new);
        rows.add(measure("embedding", bestEmb.params().toString(), new EmbeddingTrainer(bestEmb), split, 1));

        Map<String, Object> out = new LinkedHashMap<>();
        Row best = rows.get(0);
        for (Row r : rows) {
            if (validationNdcg.get(r.model()) > validationNdcg.get(best.model())) {
                best = r;
            }
        }
        out.put("heed_best_model", best.model());
        out.put("heed_best_ndcg10", round(best.result().ndcg10()));
        out.put("heed_best_chosen_by", "validation NDCG@10 (split carved from training, seed 43)");
        out.put("heed_ials_train_s", round(ialsRow.trainSeconds()));
        out.put("heed_ials_train_s_min", round(ialsRow.minTrainSeconds()));
        out.put("heed_ials_params", ialsRow.params());
        for (Row r : rows) {
            String k = r.model().replace('-', '_');
            out.put(k + "_ndcg10", round(r.result().ndcg10()));
            out.put(k + "_validation_ndcg10", round(validationNdcg.get(r.model())));
            out.put(k + "_recall10", round(r.result().recall10()));
            out.put(k + "_map10", round(r.result().map10()));
            out.put(k + "_mrr10", round(r.result().mrr10()));
            out.put(k + "_coverage10", round(r.result().coverage10()));
            out.put(k + "_novelty10", round(r.result().novelty10()));
            out.put(k + "_arp10", round(r.result().arp10()));
            out.put(k + "_train_s", round(r.trainSeconds()));
            out.put(k + "_params", r.params());
        }
        out.put("quick", quick);
        say("");
        say(String.format(
                Locale.ROOT,
                "%-11s %8s %8s %9s %8s %8s  %s",
                "model",
                "val_NDCG",
                "NDCG@10",
                "Recall@10",
                "MAP@10",
                "train_s",
                "params (chosen on validation)"));
        for (Row r : rows) {
            say(String.format(
                    Locale.ROOT,
                    "%-11s %8.4f %8.4f %9.4f %8.4f %8.3f  %s",
                    r.model(),
                    validationNdcg.get(r.model()),
                    r.result().ndcg10(),
                    r.result().recall10(),
                    r.result().map10(),
                    r.trainSeconds(),
                    r.params()));
        }
        say("best model (chosen by validation NDCG@10): " + best.model());
        return out;
    }

    /** The config with the best validation NDCG@10; its score is recorded under {@code name} for model choice. */
    private <C> C tune(
            String name, HoldoutSplit validation, List<C> grid, java.util.function.Function<C, RecTrainer> trainer) {
        C best = grid.get(0);
        double bestNdcg = -1;
        for (C c : grid) {
            RecModel m = trainer.apply(c).fit(validation.train(), "validation");
            double ndcg = Evaluator.evaluate(m, validation).ndcg10();
            say(String.format(Locale.ROOT, "  tune %-9s %s validation NDCG@10 %.4f", name, c, ndcg));
            if (ndcg > bestNdcg) {
                bestNdcg = ndcg;
                best = c;
            }
        }
        validationScores.put(name, bestNdcg);
        return best;
    }

    private Row measure(String name, String params, RecTrainer trainer, HoldoutSplit split) {
        return measure(name, params, trainer, split, 3);
    }

    private Row measure(String name, String params, RecTrainer trainer, HoldoutSplit split, int repeats) {
        double[] secs = new double[repeats];
        RecModel model = null;
        for (int r = 0; r < repeats; r++) {
            long t0 = System.nanoTime();
            model = trainer.fit(split.train(), "movielens-small train (seed 42, 20% holdout)");
            secs[r] = (System.nanoTime() - t0) / 1e9;
        }
        Arrays.sort(secs);
        EvalResult res = Evaluator.evaluate(model, split);
        say(String.format(
                Locale.ROOT,
                "  %-10s test NDCG@10 %.4f Recall@10 %.4f train %.3fs (median of %d)",
                name,
                res.ndcg10(),
                res.recall10(),
                secs[repeats / 2],
                repeats));
        return new Row(name, params, res, secs[repeats / 2], secs[0]);
    }

    private void say(String line) {
        System.out.println(line);
    }

    private static double round(double v) {
        return Math.round(v * 1e4) / 1e4;
    }
}
