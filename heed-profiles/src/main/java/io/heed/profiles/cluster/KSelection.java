package io.heed.profiles.cluster;

import java.util.ArrayList;
import java.util.List;

/**
 * Automatic k: fits k-means for every k in {@code [kMin, kMax]}, scores each by the mean silhouette on a sample and
 * records the inertia curve; picks the k with the best silhouette (ties: smaller k) and reports the elbow (the
 * point of the normalised inertia curve farthest below the chord from kMin to kMax) beside it.
 */
public final class KSelection {
    private KSelection() {}

    /** One candidate k. */
    public record Candidate(int k, double inertia, double silhouette) {}

    /** All candidates, the chosen k and its fit, and the elbow k. */
    public record Choice(int k, int elbowK, List<Candidate> candidates, KMeansResult fit) {}

    public static Choice choose(double[] x, int n, int d, int kMin, int kMax, KMeansConfig cfg, int silhouetteSample) {
        if (kMin < 2 || kMax < kMin) {
            throw new IllegalArgumentException("need 2 <= kMin <= kMax, got [" + kMin + ", " + kMax + "]");
        }
        if (kMax > n) {
            throw new IllegalArgumentException("kMax = " + kMax + " exceeds the " + n + " rows");
        }
        List<Candidate> cands = new ArrayList<>();
        KMeansResult best = null;
        double bestS = Double.NEGATIVE_INFINITY;
        for (int k = kMin; k <= kMax; k++) {
            KMeansResult r = KMeans.fit(x, n, d, cfg.withK(k));
            double s = ClusterMetrics.silhouette(x, n, d, r.labels(), k, silhouetteSample, cfg.seed());
            cands.add(new Candidate(k, r.inertia(), s));
            if (s > bestS + 1e-12) {
                bestS = s;
                best = r;
            }
        }
        return new Choice(best.k(), elbow(cands), List.copyOf(cands), best);
    }

    static int elbow(List<Candidate> c) {
        if (c.size() < 3) {
            return c.get(0).k();
        }
        Candidate first = c.get(0);
        Candidate last = c.get(c.size() - 1);
        double dy = first.inertia() - last.inertia();
        if (dy <= 0) {
            return first.k();
        }
        int best = first.k();
        double bestGap = 0;
        for (Candidate p : c) {
            double xn = (double) (p.k() - first.k()) / (last.k() - first.k());
            double yn = (first.inertia() - p.inertia()) / dy;
            double gap = yn - xn;
            if (gap > bestGap) {
                bestGap = gap;
                best = p.k();
            }
        }
        return best;
    }
}
