package io.heed.bench.cli;

import io.heed.profiles.ProfileMatrix;
import io.heed.profiles.persona.PersonaAssigner;
import io.heed.profiles.persona.PersonaModel;
import io.heed.profiles.persona.PersonaModelJson;
import io.heed.profiles.sql.SqlProfileFeatures;
import io.heed.recsys.Interactions;
import io.heed.recsys.cf.Algorithms;
import io.heed.recsys.cold.ColdStartEvaluation;
import io.heed.recsys.cold.ItemContent;
import io.heed.recsys.eval.EvaluationHarness;
import io.heed.recsys.eval.ModelSpec;
import io.heed.recsys.eval.SplitProtocol;
import io.heed.recsys.sql.SqlInteractions;
import io.heed.recsys.sql.SqlItemContent;
import io.heed.storage.HeedStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The demo's recommendation step: weighted implicit interactions from the demo store's clean events, every
 * recommender trained and evaluated under one protocol (per-user random 20 % holdout, seed 42, training items
 * excluded), printed as one comparison table. BPR and the embedding model train for fewer epochs than their
 * defaults and EASE keeps the 1,000 most frequent items, so the step stays near half a minute on a busy 2-core
 * machine; `heed evaluate` runs them in full. Then both cold-start
 * paths, each beside the baseline it replaces (see {@link ColdStartEvaluation}).
 */
final class DemoRecsysStep {
    private static final List<ModelSpec> MODELS = List.of(
            ModelSpec.of("popularity", Map.of()),
            ModelSpec.of("item-knn", Map.of()),
            ModelSpec.of("ials", Map.of()),
            ModelSpec.of("bpr", Map.of("epochs", 30.0)),
            ModelSpec.of("ease", Map.of("maxItems", 1000.0)),
            ModelSpec.of("embedding", Map.of("epochs", 2.0, "negatives", 4.0)));

    private DemoRecsysStep() {}

    static void run(Path dataDir) {
        long t0 = System.nanoTime();
        System.out.println(
                "\n6/9 recommenders: events weighted by type (view 1 < click 2 < cart 4 < purchase 8, dwell "
                        + "1/min), per-user 20% holdout, seed 42, training items excluded; every model under the same protocol");
        Interactions data;
        List<ItemContent> content;
        ProfileMatrix profiles;
        try (HeedStore store = HeedStore.openEmbedded(dataDir)) {
            data = SqlInteractions.read(store, null, io.heed.recsys.EventWeights.defaults());
            content = SqlItemContent.read(store, null);
            profiles = new SqlProfileFeatures(store, null).compute();
        }
        System.out.printf(
                Locale.ROOT,
                "    %,d users x %,d items, %,d weighted (user, item) pairs%n",
                data.numUsers(),
                data.numItems(),
                data.nnz());
        List<EvaluationHarness.Summary> rows =
                EvaluationHarness.run(data, SplitProtocol.RANDOM, 0.2, new long[] {42}, MODELS, line -> {});
        EvaluationHarness.table(rows).lines().forEach(l -> System.out.println("    " + l));
        System.out.println("    (one seed, so ±0; `heed evaluate --seeds 3` gives spreads)");
        coldStart(dataDir, data, content, profiles);
        System.out.printf(Locale.ROOT, "    recommenders step: %.1f s%n", (System.nanoTime() - t0) / 1e9);
    }

    private static void coldStart(Path dataDir, Interactions data, List<ItemContent> content, ProfileMatrix profiles) {
        Path personaFile = dataDir.resolve("personas").resolve("persona-model.json");
        if (Files.exists(personaFile)) {
            PersonaModel pm = PersonaModelJson.load(personaFile);
            PersonaAssigner a = pm.assigner();
            int[] assigned = a.assignAll(profiles);
            java.util.Map<String, Integer> personaOf = new HashMap<>();
            for (int r = 0; r < assigned.length; r++) {
                personaOf.put(profiles.userIds().get(r), assigned[r]);
            }
            ColdStartEvaluation.Result u = ColdStartEvaluation.newUsers(data, personaOf, pm.k(), 0.2, 42);
            System.out.printf(
                    Locale.ROOT,
                    "    cold users (%,d held out of training): persona popularity NDCG@10 %.4f vs "
                            + "overall popularity %.4f%n",
                    u.users(),
                    u.ndcg10(),
                    u.baselineNdcg10());
            System.out.println("      (personas assigned from full profile features, category shares included: an upper"
                    + " bound for a user with no history yet)");
        }
        if (!content.isEmpty()) {
            ColdStartEvaluation.Result i = ColdStartEvaluation.newItems(
                    data, content, Algorithms.trainer("item-knn", java.util.Map.of(), 42), 0.1, 10, 42);
            System.out.printf(
                    Locale.ROOT,
                    "    cold items (10%% of items without interactions, %,d users ranking them): "
                            + "content neighbours via item-kNN NDCG@10 %.4f vs random order %.4f%n",
                    i.users(),
                    i.ndcg10(),
                    i.baselineNdcg10());
        }
    }
}
