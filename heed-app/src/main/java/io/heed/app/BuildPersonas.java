package io.heed.app;

import io.heed.profiles.ProfileMatrix;
import io.heed.profiles.cluster.ClusterMetrics;
import io.heed.profiles.persona.PersonaClusterer;
import io.heed.profiles.persona.PersonaConfig;
import io.heed.profiles.persona.PersonaDescriber;
import io.heed.profiles.persona.PersonaDescription;
import io.heed.profiles.persona.PersonaModel;
import io.heed.profiles.persona.PersonaModelJson;
import io.heed.profiles.persona.PersonaProvenance;
import io.heed.profiles.sql.SqlProfileFeatures;
import io.heed.profiles.sql.SqlSessionBaskets;
import io.heed.storage.HeedStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The personas build use case ({@code heed personas build}, the lab demo's personas step): profile features in
 * SQL, k-means, descriptions with the session baskets' rules, optional quality metrics (the adjusted Rand index
 * against a truth file, bootstrap stability) recorded in the provenance, and the model saved as JSON.
 */
public final class BuildPersonas {
    /** k-means++ restarts per k by default (with 8, the simulator's personas sometimes end in a local optimum). */
    public static final int DEFAULT_RESTARTS = 32;

    private final HeedStore store;
    private final String tenant;

    /** Over {@code tenant}'s users (null: every tenant's). */
    public BuildPersonas(HeedStore store, String tenant) {
        this.store = store;
        this.tenant = tenant;
    }

    /** What {@code heed personas build} clusters with when given only k or its range and a seed. */
    public static PersonaConfig defaults(PersonaConfig base) {
        return base.withRestarts(DEFAULT_RESTARTS)
                .withStandardFeatures()
                .withBalanceGroups(false)
                .withAlgorithm(PersonaConfig.Algorithm.AUTO);
    }

    /** What a front door shows while a build runs; every step is optional. */
    public interface Listener {
        default void profiles(ProfileMatrix m) {}

        default void notice(String notice) {}

        default void clustered(PersonaModel model) {}

        default void ari(Path truth, double ari) {}

        default void stability(int replicates, double meanJaccard) {}
    }

    /**
     * Builds a model under {@code config}; with a {@code truth} file (user_id,persona; null: none) its adjusted Rand
     * index, and with {@code stabilityReplicates} above 0 its bootstrap stability, go into the metrics.
     */
    public PersonaModel build(PersonaConfig config, Path truth, int stabilityReplicates, Listener listener)
            throws IOException {
        SqlProfileFeatures src = new SqlProfileFeatures(store, tenant);
        ProfileMatrix m = src.compute();
        listener.profiles(m);
        PersonaClusterer.Fit fit = new PersonaClusterer(config).fit(m, src.dataWindow());
        PersonaClusterer.notices(fit.model()).forEach(listener::notice);
        listener.clustered(fit.model());
        List<PersonaDescription> ds = PersonaDescriber.defaults()
                .describe(m, fit.labels(), fit.model().k(), new SqlSessionBaskets(store, tenant).categoryBaskets());
        Map<String, Double> metrics =
                new LinkedHashMap<>(fit.model().provenance().metrics());
        if (truth != null) {
            double ari = ari(m, fit.labels(), truth);
            metrics.put("ari_vs_truth", ari);
            listener.ari(truth, ari);
        }
        if (stabilityReplicates > 0) {
            double j = fit.bootstrapJaccard(stabilityReplicates);
            metrics.put("bootstrap_jaccard", j);
            listener.stability(stabilityReplicates, j);
        }
        PersonaProvenance p = fit.model().provenance();
        return fit.model()
                .withDescriptions(ds)
                .withProvenance(new PersonaProvenance(
                        p.config(),
                        p.dataWindow(),
                        p.users(),
                        p.codeVersion(),
                        p.createdAt(),
                        p.droppedFeatures(),
                        metrics));
    }

    /** Saves {@code model} to {@code file} (atomically), where {@link Models} and the server find it. */
    public static void save(PersonaModel model, Path file) {
        PersonaModelJson.save(model, file);
    }

    /** ARI of the labels against a user_id,persona file, over users present in both (bots excluded). */
    public static double ari(ProfileMatrix m, int[] labels, Path truthFile) throws IOException {
        Map<String, String> truth = readTruth(truthFile);
        Map<String, Integer> ids = new HashMap<>();
        List<Integer> a = new ArrayList<>();
        List<Integer> b = new ArrayList<>();
        for (int i = 0; i < m.rows(); i++) {
            String t = truth.get(m.userIds().get(i));
            if (t != null) {
                a.add(ids.computeIfAbsent(t, x -> ids.size()));
                b.add(labels[i]);
            }
        }
        if (a.size() < 2) {
            throw new IllegalArgumentException("fewer than 2 users of " + truthFile + " have profiles");
        }
        return ClusterMetrics.adjustedRandIndex(
                a.stream().mapToInt(Integer::intValue).toArray(),
                b.stream().mapToInt(Integer::intValue).toArray());
    }

    /** user_id → persona from a CSV with an optional user_id header; rows labelled bot or blank are left out. */
    public static Map<String, String> readTruth(Path f) throws IOException {
        Map<String, String> out = new HashMap<>();
        for (String line : Files.readAllLines(f)) {
            String[] p = line.split(",", 2);
            if (p.length == 2 && !p[0].equals("user_id") && !p[1].isBlank() && !p[1].equals("bot")) {
                out.put(p[0], p[1]);
            }
        }
        return out;
    }
}
