package io.heed.recsys.eval;

import io.heed.recsys.Interactions;
import io.heed.recsys.RecModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * {@code heed evaluate}'s protocol: for each seed one split, then every model — baselines included — trained on
 * that split's training part and scored by {@link Evaluator} (training items excluded, the same candidates for
 * all). Figures are reported as mean ± std over seeds.
 */
public final class EvaluationHarness {
    private EvaluationHarness() {}

    /** One model's figures over all seeds; metric keys as {@link EvalResult#asMap()} plus {@code train_s}. */
    public record Summary(String model, Map<String, MeanStd> metrics) {
        public MeanStd metric(String key) {
            MeanStd m = metrics.get(key);
            if (m == null) {
                throw new IllegalArgumentException("no metric " + key + "; have " + metrics.keySet());
            }
            return m;
        }
    }

    public static List<Summary> run(
            Interactions data,
            SplitProtocol protocol,
            double testFraction,
            long[] seeds,
            List<ModelSpec> models,
            Consumer<String> log) {
        if (data.nnz() == 0) {
            throw new IllegalArgumentException("no interactions to evaluate on");
        }
        if (seeds.length == 0 || models.isEmpty()) {
            throw new IllegalArgumentException("need at least one seed and one model");
        }
        List<Map<String, double[]>> values = new ArrayList<>();
        for (int m = 0; m < models.size(); m++) {
            values.add(new LinkedHashMap<>());
        }
        for (int s = 0; s < seeds.length; s++) {
            HoldoutSplit split = protocol.split(data, testFraction, seeds[s]);
            if (split.test().nnz() == 0) {
                throw new IllegalArgumentException("the " + protocol.cliName() + " split left no test interactions"
                        + " (users need at least two interactions)");
            }
            log.accept(String.format(
                    Locale.ROOT,
                    "seed %d: %s split, train %,d, test %,d",
                    seeds[s],
                    protocol.cliName(),
                    split.train().nnz(),
                    split.test().nnz()));
            for (int m = 0; m < models.size(); m++) {
                ModelSpec spec = models.get(m);
                long t0 = System.nanoTime();
                RecModel model = spec.trainer()
                        .apply(seeds[s])
                        .fit(split.train(), protocol.cliName() + " split, seed " + seeds[s]);
                double trainS = (System.nanoTime() - t0) / 1e9;
                EvalResult r = Evaluator.evaluate(model, split);
                Map<String, Double> figures = new LinkedHashMap<>(r.asMap());
                figures.put("train_s", trainS);
                for (Map.Entry<String, Double> e : figures.entrySet()) {
                    values.get(m).computeIfAbsent(e.getKey(), k -> new double[seeds.length])[s] = e.getValue();
                }
                log.accept(String.format(
                        Locale.ROOT, "  %-11s NDCG@10 %.4f  train %.2f s", spec.name(), r.ndcg10(), trainS));
            }
        }
        List<Summary> out = new ArrayList<>();
        for (int m = 0; m < models.size(); m++) {
            Map<String, MeanStd> ms = new LinkedHashMap<>();
            values.get(m).forEach((k, v) -> ms.put(k, MeanStd.of(v)));
            out.add(new Summary(models.get(m).name(), ms));
        }
        return out;
    }

    /** Flat figures: {@code MODEL_METRIC_mean} and {@code _std} for every model and metric. */
    public static Map<String, Object> figures(List<Summary> rows) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Summary r : rows) {
            r.metrics().forEach((k, v) -> {
                out.put(r.model().replace('-', '_') + "_" + k + "_mean", v.mean());
                out.put(r.model().replace('-', '_') + "_" + k + "_std", v.std());
            });
        }
        return out;
    }

    /** The comparison table: one row per model, mean ± std over seeds. */
    public static String table(List<Summary> rows) {
        StringBuilder sb = new StringBuilder(String.format(
                Locale.ROOT,
                "%-11s %15s %15s %15s %15s %8s %8s %8s %9s%n",
                "model",
                "NDCG@10",
                "Recall@10",
                "MAP@10",
                "MRR@10",
                "cover",
                "novelty",
                "ARP",
                "train s"));
        for (Summary r : rows) {
            sb.append(String.format(
                    Locale.ROOT,
                    "%-11s %15s %15s %15s %15s %8.3f %8.2f %8.4f %9.2f%n",
                    r.model(),
                    r.metric("ndcg10").format(4),
                    r.metric("recall10").format(4),
                    r.metric("map10").format(4),
                    r.metric("mrr10").format(4),
                    r.metric("coverage10").mean(),
                    r.metric("novelty10").mean(),
                    r.metric("arp10").mean(),
                    r.metric("train_s").mean()));
        }
        return sb.toString();
    }
}
