package io.heed.cli;

import io.heed.recsys.Interactions;
import io.heed.recsys.JsonFiles;
import io.heed.recsys.cf.Algorithms;
import io.heed.recsys.eval.EvaluationHarness;
import io.heed.recsys.eval.ModelSpec;
import io.heed.recsys.eval.RandomSearch;
import io.heed.recsys.eval.SplitProtocol;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code heed evaluate}: every chosen recommender, baselines included, under one protocol (split, seeds, training
 * items excluded), printed as a table of mean ± std over seeds.
 */
@Command(
        name = "evaluate",
        mixinStandardHelpOptions = true,
        description = "Compare recommenders offline: one split protocol, several seeds, mean ± std.")
final class EvaluateCommand implements Callable<Integer> {
    @Mixin
    RecDataOptions data;

    @Option(
            names = "--split",
            defaultValue = "random",
            description =
                    "random (per-user holdout), temporal (global, by time) or leave-last-out (default: ${DEFAULT-VALUE}).")
    String split;

    @Option(
            names = "--test-fraction",
            defaultValue = "0.2",
            description = "Test share for random/temporal (default: ${DEFAULT-VALUE}).")
    double testFraction;

    @Option(
            names = "--seeds",
            defaultValue = "3",
            description = "Number of seeds, 42, 43, ... (default: ${DEFAULT-VALUE}).")
    int seeds;

    @Option(
            names = "--models",
            split = ",",
            description = "Models to compare (default: all): ${COMPLETION-CANDIDATES}",
            completionCandidates = ModelNames.class)
    List<String> models;

    @Option(
            names = "--param",
            paramLabel = "MODEL.NAME=V",
            description = "A parameter override, e.g. --param ials.alpha=5.")
    Map<String, Double> params = new LinkedHashMap<>();

    @Option(
            names = "--tuned",
            paramLabel = "FILE",
            description = "Use the best parameters of a `heed tune` result for its model.")
    List<Path> tuned = new ArrayList<>();

    @Option(names = "--out", paramLabel = "FILE", description = "Also write the figures as JSON.")
    Path out;

    /** The model names for picocli's help. */
    static final class ModelNames extends ArrayList<String> {
        ModelNames() {
            super(Algorithms.NAMES);
        }
    }

    @Override
    public Integer call() throws Exception {
        if (seeds < 1) {
            throw new IllegalArgumentException("--seeds must be >= 1, got " + seeds);
        }
        SplitProtocol protocol = SplitProtocol.parse(split);
        Map<String, Map<String, Double>> perModel = new LinkedHashMap<>();
        for (Path f : tuned) {
            RandomSearch.Result r = RandomSearch.load(f);
            perModel.computeIfAbsent(r.model(), k -> new LinkedHashMap<>()).putAll(r.bestParams());
        }
        params.forEach((k, v) -> {
            int dot = k.indexOf('.');
            if (dot < 1) {
                throw new IllegalArgumentException("--param " + k + ": expected MODEL.NAME=VALUE, e.g. ials.alpha=5");
            }
            perModel.computeIfAbsent(k.substring(0, dot), m -> new LinkedHashMap<>())
                    .put(k.substring(dot + 1), v);
        });
        List<String> names = models == null || models.isEmpty() ? Algorithms.NAMES : models;
        List<ModelSpec> specs = new ArrayList<>();
        for (String n : names) {
            specs.add(ModelSpec.of(n, perModel.getOrDefault(n, Map.of())));
        }
        for (String n : perModel.keySet()) {
            if (!names.contains(n)) {
                throw new IllegalArgumentException(
                        "parameters given for " + n + ", which is not among --models " + names);
            }
        }
        Interactions interactions = data.load();
        System.out.printf(
                Locale.ROOT,
                "%s: %,d users, %,d items, %,d interactions%n",
                data.describe(),
                interactions.numUsers(),
                interactions.numItems(),
                interactions.nnz());
        long[] seedList = new long[seeds];
        for (int s = 0; s < seeds; s++) {
            seedList[s] = 42 + s;
        }
        List<EvaluationHarness.Summary> rows =
                EvaluationHarness.run(interactions, protocol, testFraction, seedList, specs, System.out::println);
        System.out.printf(
                Locale.ROOT,
                "%n%s split, %d seed(s), top 10, training items excluded; mean±std over seeds%n",
                protocol.cliName(),
                seeds);
        System.out.print(EvaluationHarness.table(rows));
        if (out != null) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("data", data.describe());
            json.put("split", protocol.cliName());
            json.put("seeds", seeds);
            json.putAll(EvaluationHarness.figures(rows));
            JsonFiles.write(json, out);
            System.out.println("wrote " + out);
        }
        return 0;
    }
}
