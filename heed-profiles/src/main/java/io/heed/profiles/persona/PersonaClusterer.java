package io.heed.profiles.persona;

import io.heed.core.HeedVersion;
import io.heed.profiles.FeatureSet;
import io.heed.profiles.ProfileMatrix;
import io.heed.profiles.cluster.BisectingKMeans;
import io.heed.profiles.cluster.ClusterMetrics;
import io.heed.profiles.cluster.KMeans;
import io.heed.profiles.cluster.KMeansConfig;
import io.heed.profiles.cluster.KMeansResult;
import io.heed.profiles.cluster.KSelection;
import io.heed.profiles.cluster.MiniBatchKMeans;
import io.heed.profiles.cluster.Standardizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The persona trainer: robust standardisation (constant features dropped, and said so), then k-means (k-means++
 * with restarts, mini-batch or bisecting per {@link PersonaConfig#algorithm()}) at a fixed k, or the k chosen by
 * {@link KSelection}. Users who do not observe every clustering feature ({@link PersonaConfig#observedIf()}) are
 * left out of the fit and then assigned to the nearest persona over what they do observe. Personas are numbered
 * by size, largest first. Deterministic for the seed.
 */
public final class PersonaClusterer {
    private final PersonaConfig cfg;

    public PersonaClusterer(PersonaConfig cfg) {
        this.cfg = cfg;
    }

    /**
     * The model, the persona of each row of the input, and the standardised rows the clustering was fitted on
     * ({@code trainZ}, {@code trainN} rows) with their partition, for stability checks.
     */
    public record Fit(PersonaModel model, int[] labels, double[] trainZ, int trainN, KMeansResult trained) {
        /**
         * Mean bootstrap Jaccard of matched clusters over {@code replicates} refits of the training rows, each with
         * the model's own restarts (a single start would measure k-means++'s luck, not the personas' stability).
         */
        public double bootstrapJaccard(int replicates) {
            PersonaConfig c = model.provenance().config();
            return ClusterMetrics.bootstrapJaccard(
                    trainZ,
                    trainN,
                    trained.d(),
                    trained,
                    KMeansConfig.of(trained.k(), c.seed())
                            .withThreads(c.threads())
                            .withRestarts(c.restarts()),
                    replicates);
        }
    }

    public Fit fit(ProfileMatrix m, String dataWindow) {
        int n = m.rows();
        if (n == 0) {
            throw new IllegalArgumentException("no users to cluster: the profile matrix is empty");
        }
        if (cfg.kMin() > n) {
            throw new IllegalArgumentException(
                    "k = " + cfg.kMin() + " personas requested but there are only " + n + " users");
        }
        int dims = m.dims();
        int[] train = completeRows(m);
        int nt = train.length;
        if (nt < cfg.kMin()) {
            throw new IllegalArgumentException("only " + nt + " of " + n + " users observe every clustering feature "
                    + "(" + cfg.observedIf() + "); k = " + cfg.kMin() + " needs at least as many");
        }
        double[] xt = new double[nt * dims];
        for (int i = 0; i < nt; i++) {
            System.arraycopy(m.values(), train[i] * dims, xt, i * dims, dims);
        }
        Standardizer scaler = Standardizer.fit(xt, nt, dims, m.features().names(), cfg.clip(), cfg::uses);
        if (cfg.balanceGroups()) {
            scaler = scaler.balanceGroups(m.features().names());
        }
        int d = scaler.dims();
        double[] z = scaler.transformAll(xt, nt, dims);
        KMeansConfig kc = new KMeansConfig(cfg.kMin(), 100, 1e-7, cfg.seed(), cfg.threads(), cfg.restarts());
        Map<String, Double> metrics = new LinkedHashMap<>();
        KMeansResult r;
        if (cfg.automaticK()) {
            int kMax = Math.min(cfg.kMax(), nt);
            KSelection.Choice c = KSelection.choose(z, nt, d, cfg.kMin(), kMax, kc, cfg.silhouetteSample());
            for (KSelection.Candidate cand : c.candidates()) {
                metrics.put("silhouette_k" + cand.k(), cand.silhouette());
                metrics.put("inertia_k" + cand.k(), cand.inertia());
            }
            metrics.put("elbow_k", (double) c.elbowK());
            r = c.fit();
        } else {
            r = fixedK(z, nt, d, kc);
        }
        r = bySize(r);
        metrics.put("inertia", r.inertia());
        metrics.put(
                "silhouette",
                ClusterMetrics.silhouette(z, nt, d, r.labels(), r.k(), cfg.silhouetteSample(), cfg.seed()));
        metrics.put("iterations", (double) r.iterations());
        metrics.put("users_fitted", (double) nt);
        metrics.put("users_assigned_after_fit", (double) (n - nt));
        PersonaProvenance p = new PersonaProvenance(
                cfg, dataWindow, n, HeedVersion.current(), Instant.now().toString(), scaler.dropped(), metrics);
        PersonaModel model = new PersonaModel(m.features(), scaler, r.k(), r.centroids(), r.inertia(), p, List.of());
        int[] labels = new int[n];
        Arrays.fill(labels, -1);
        for (int i = 0; i < nt; i++) {
            labels[train[i]] = r.labels()[i];
        }
        PersonaAssigner assigner = model.assigner();
        for (int i = 0; i < n; i++) {
            if (labels[i] < 0) {
                labels[i] = assigner.assign(m.row(i));
            }
        }
        return new Fit(model, labels, z, nt, r);
    }

    private KMeansResult fixedK(double[] z, int n, int d, KMeansConfig kc) {
        PersonaConfig.Algorithm a = cfg.algorithm();
        if (a == PersonaConfig.Algorithm.AUTO) {
            a = n > cfg.miniBatchAbove() ? PersonaConfig.Algorithm.MINI_BATCH : PersonaConfig.Algorithm.LLOYD;
        }
        return switch (a) {
            case MINI_BATCH -> MiniBatchKMeans.fit(z, n, d, kc, 1024, Math.max(100, 20 * n / 1024 / 10), 3);
            case BISECTING -> BisectingKMeans.fit(z, n, d, kc).asKMeans(z, n);
            default -> KMeans.fit(z, n, d, kc);
        };
    }

    /** Rows whose indicators say they observe every clustering feature (all rows without {@code observedIf}). */
    private int[] completeRows(ProfileMatrix m) {
        FeatureSet fs = m.features();
        Set<Integer> indicators = new LinkedHashSet<>();
        for (String f : fs.names()) {
            String ind = cfg.uses(f) ? cfg.indicatorOf(f) : null;
            if (ind != null) {
                int j = fs.indexOf(ind);
                if (j < 0) {
                    throw new IllegalArgumentException("feature " + f + " is observed only if " + ind + " = 1, but "
                            + fs.id() + " has no feature " + ind);
                }
                indicators.add(j);
            }
        }
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < m.rows(); i++) {
            boolean ok = true;
            for (int j : indicators) {
                ok &= m.get(i, j) >= 0.5;
            }
            if (ok) {
                out.add(i);
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Renumbers clusters by size, descending (ties: lower old index first). */
    static KMeansResult bySize(KMeansResult r) {
        int[] sizes = r.sizes();
        Integer[] order = new Integer[r.k()];
        for (int j = 0; j < order.length; j++) {
            order[j] = j;
        }
        Arrays.sort(order, Comparator.<Integer>comparingInt(j -> -sizes[j]).thenComparingInt(j -> j));
        int[] newOf = new int[r.k()];
        double[] c = new double[r.centroids().length];
        for (int nj = 0; nj < order.length; nj++) {
            newOf[order[nj]] = nj;
            System.arraycopy(r.centroids(), order[nj] * r.d(), c, nj * r.d(), r.d());
        }
        int[] labels = new int[r.labels().length];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = newOf[r.labels()[i]];
        }
        return new KMeansResult(r.k(), r.d(), c, labels, r.inertia(), r.iterations(), r.converged(), r.reseeded());
    }

    /** Dropped-feature notice for logs and the CLI; empty when none. */
    public static List<String> notices(PersonaModel model) {
        List<String> out = new ArrayList<>();
        if (!model.provenance().droppedFeatures().isEmpty()) {
            out.add("dropped constant features (no information): "
                    + model.provenance().droppedFeatures());
        }
        return out;
    }
}
