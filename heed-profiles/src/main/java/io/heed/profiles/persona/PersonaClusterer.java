package io.heed.profiles.persona;

import io.heed.core.HeedVersion;
import io.heed.profiles.ProfileMatrix;
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
import java.util.List;
import java.util.Map;

/**
 * The persona trainer: robust standardisation (constant features dropped, and said so), then k-means (k-means++,
 * restarts, mini-batch above {@link PersonaConfig#miniBatchAbove()} users) at a fixed k or the k with the best
 * silhouette in a range. Personas are numbered by size, largest first. Deterministic for the seed.
 */
public final class PersonaClusterer {
    private final PersonaConfig cfg;

    public PersonaClusterer(PersonaConfig cfg) {
        this.cfg = cfg;
    }

    /** The model and the persona of each training row. */
    public record Fit(PersonaModel model, int[] labels) {
    }

    public Fit fit(ProfileMatrix m, String dataWindow) {
        int n = m.rows();
        if (n == 0) {
            throw new IllegalArgumentException("no users to cluster: the profile matrix is empty");
        }
        if (cfg.kMin() > n) {
            throw new IllegalArgumentException("k = " + cfg.kMin() + " personas requested but there are only " + n
                    + " users");
        }
        Standardizer scaler = Standardizer.fit(m.values(), n, m.dims(), m.features().names(), cfg.clip(), cfg::uses);
        if (cfg.balanceGroups()) {
            scaler = scaler.balanceGroups(m.features().names());
        }
        int d = scaler.dims();
        double[] z = scaler.transformAll(m.values(), n, m.dims());
        KMeansConfig kc = new KMeansConfig(cfg.kMin(), 100, 1e-7, cfg.seed(), cfg.threads(), cfg.restarts());
        Map<String, Double> metrics = new LinkedHashMap<>();
        KMeansResult r;
        if (cfg.automaticK()) {
            int kMax = Math.min(cfg.kMax(), n);
            KSelection.Choice c = KSelection.choose(z, n, d, cfg.kMin(), kMax, kc, cfg.silhouetteSample());
            for (KSelection.Candidate cand : c.candidates()) {
                metrics.put("silhouette_k" + cand.k(), cand.silhouette());
                metrics.put("inertia_k" + cand.k(), cand.inertia());
            }
            metrics.put("elbow_k", (double) c.elbowK());
            r = c.fit();
        } else if (n > cfg.miniBatchAbove()) {
            r = MiniBatchKMeans.fit(z, n, d, kc, 1024, Math.max(100, 20 * n / 1024 / 10), 3);
        } else {
            r = KMeans.fit(z, n, d, kc);
        }
        r = bySize(r);
        metrics.put("inertia", r.inertia());
        metrics.put("silhouette", ClusterMetrics.silhouette(z, n, d, r.labels(), r.k(), cfg.silhouetteSample(),
                cfg.seed()));
        metrics.put("iterations", (double) r.iterations());
        PersonaProvenance p = new PersonaProvenance(cfg, dataWindow, n, HeedVersion.current(),
                Instant.now().toString(), scaler.dropped(), metrics);
        PersonaModel model = new PersonaModel(m.features(), scaler, r.k(), r.centroids(), r.inertia(), p, List.of());
        return new Fit(model, r.labels());
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
            out.add("dropped constant features (no information): " + model.provenance().droppedFeatures());
        }
        return out;
    }
}
