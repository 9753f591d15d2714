package io.heed.bench.personas;

import io.heed.bench.BenchOptions;
import io.heed.bench.BenchResult;
import io.heed.bench.Scratch;
import io.heed.bench.Stats;
import io.heed.events.ingest.IngestFormat;
import io.heed.events.ingest.ProgressListener;
import io.heed.events.sql.Cleaner;
import io.heed.events.sql.CleaningConfig;
import io.heed.events.sql.EventStore;
import io.heed.events.sql.MappingOptions;
import io.heed.events.validate.ValidationPolicy;
import io.heed.profiles.ProfileMatrix;
import io.heed.profiles.cluster.ClusterMetrics;
import io.heed.profiles.persona.PersonaAssigner;
import io.heed.profiles.persona.PersonaClusterer;
import io.heed.profiles.persona.PersonaConfig;
import io.heed.profiles.sql.SqlProfileFeatures;
import io.heed.sim.SimConfig;
import io.heed.sim.Simulator;
import io.heed.storage.HeedStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The personas against the simulator's planted truth: simulate the demo publisher, ingest, clean, compute the
 * profile features in SQL, cluster as {@code heed personas build --k} does (k = the planted count, 32 restarts),
 * and score with the adjusted Rand index (bots
 * left out) and the mean bootstrap Jaccard of matched clusters.
 */
final class PersonaQuality {
    private PersonaQuality() {}

    static void measure(BenchOptions o, BenchResult r) throws IOException {
        SimConfig cfg = SimConfig.demo();
        Path dir = o.workDir().resolve("personas-sim");
        Scratch.deleteTree(dir);
        new Simulator(cfg).run(dir.resolve("sim"), n -> {});
        try (HeedStore store = HeedStore.openEmbedded(dir.resolve("data"))) {
            for (String f : new String[] {"items.csv", "users.csv", "events.csv"}) {
                IngestFormat fmt = f.equals("events.csv")
                        ? IngestFormat.EVENTS_CSV
                        : f.equals("items.csv") ? IngestFormat.ITEMS_CSV : IngestFormat.USERS_CSV;
                EventStore.of(store)
                        .ingestFile(
                                dir.resolve("sim").resolve(f),
                                fmt,
                                ValidationPolicy.defaults(),
                                MappingOptions.defaults(),
                                ProgressListener.NONE);
            }
            new Cleaner(store).clean(CleaningConfig.defaults());
            SqlProfileFeatures src = new SqlProfileFeatures(store, null);
            long t = System.nanoTime();
            ProfileMatrix m = src.compute();
            double featuresS = (System.nanoTime() - t) / 1e9;
            PersonaClusterer.Fit fit = new PersonaClusterer(PersonaConfig.fixedK(cfg.personas(), cfg.seed())
                            .withRestarts(32)
                            .withStandardFeatures())
                    .fit(m, src.dataWindow());
            double ari = ari(m, fit.labels(), dir.resolve("sim/truth/personas.csv"));
            double jaccard = fit.bootstrapJaccard(5);
            double assignUs = assignMicros(fit.model().assigner(), m);
            double oneUserMs = oneUserMillis(src, m);
            r.put("ari", ari)
                    .put("bootstrap_jaccard", jaccard)
                    .put("bootstrap_replicates", 5)
                    .put("ari_users", m.rows())
                    .put("features_s_demo_store", featuresS)
                    .put("assign_one_us", assignUs)
                    .put("profile_one_user_ms", oneUserMs);
            o.log()
                    .printf(
                            "personas on the demo publisher: ARI %.4f vs planted truth, bootstrap Jaccard %.3f; "
                                    + "assigning one user %.2f us, one user's features in SQL %.1f ms%n",
                            ari, jaccard, assignUs, oneUserMs);
        } finally {
            Scratch.deleteTree(dir);
        }
    }

    /**
     * Incremental assignment of a new or changed user (their raw row to the nearest persona, no re-clustering):
     * median over 5 rounds of the mean time per user over every profile, after a warm-up round.
     */
    static double assignMicros(PersonaAssigner a, ProfileMatrix m) {
        double[][] rows = new double[m.rows()][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = m.row(i);
        }
        double[] rounds = new double[6];
        long sink = 0;
        for (int r = 0; r < rounds.length; r++) {
            long t = System.nanoTime();
            for (double[] row : rows) {
                sink += a.assign(row);
            }
            rounds[r] = (System.nanoTime() - t) / 1e3 / rows.length;
        }
        if (sink < 0) {
            throw new IllegalStateException("unreachable");
        }
        return Stats.median(java.util.Arrays.copyOfRange(rounds, 1, rounds.length));
    }

    /** One user's features computed in SQL (population priors included): median over 9 users. */
    static double oneUserMillis(SqlProfileFeatures src, ProfileMatrix m) {
        double[] ms = new double[9];
        for (int i = 0; i < ms.length; i++) {
            String user = m.userIds().get((int) ((long) i * m.rows() / ms.length));
            long t = System.nanoTime();
            if (src.computeFor(user).rows() != 1) {
                throw new IllegalStateException("no profile for " + user);
            }
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        return Stats.median(ms);
    }

    private static double ari(ProfileMatrix m, int[] labels, Path truthFile) throws IOException {
        Map<String, String> truth = new HashMap<>();
        for (String line : Files.readAllLines(truthFile)) {
            String[] p = line.split(",", 2);
            if (p.length == 2 && !p[0].equals("user_id") && !p[1].equals("bot")) {
                truth.put(p[0], p[1]);
            }
        }
        Map<String, Integer> ids = new HashMap<>();
        int[] a = new int[m.rows()];
        int[] b = new int[m.rows()];
        int n = 0;
        for (int i = 0; i < m.rows(); i++) {
            String t = truth.get(m.userIds().get(i));
            if (t != null) {
                a[n] = ids.computeIfAbsent(t, x -> ids.size());
                b[n++] = labels[i];
            }
        }
        return ClusterMetrics.adjustedRandIndex(java.util.Arrays.copyOf(a, n), java.util.Arrays.copyOf(b, n));
    }
}
