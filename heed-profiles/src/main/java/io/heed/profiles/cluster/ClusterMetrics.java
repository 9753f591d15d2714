package io.heed.profiles.cluster;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

/** Partition quality: adjusted Rand index, silhouette on a sample, bootstrap stability. */
public final class ClusterMetrics {
    private ClusterMetrics() {}

    /** Adjusted Rand index (Hubert and Arabie 1985) of two labelings of the same rows: 1 = identical partitions. */
    public static double adjustedRandIndex(int[] a, int[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("labelings differ in length: " + a.length + " vs " + b.length);
        }
        if (a.length < 2) {
            throw new IllegalArgumentException("the adjusted Rand index needs at least 2 rows");
        }
        Map<Long, Long> cells = new HashMap<>();
        Map<Integer, Long> rows = new HashMap<>();
        Map<Integer, Long> cols = new HashMap<>();
        for (int i = 0; i < a.length; i++) {
            cells.merge(((long) a[i] << 32) | (b[i] & 0xffffffffL), 1L, Long::sum);
            rows.merge(a[i], 1L, Long::sum);
            cols.merge(b[i], 1L, Long::sum);
        }
        double index = 0;
        for (long v : cells.values()) {
            index += choose2(v);
        }
        double sa = 0;
        for (long v : rows.values()) {
            sa += choose2(v);
        }
        double sb = 0;
        for (long v : cols.values()) {
            sb += choose2(v);
        }
        double expected = sa * sb / choose2(a.length);
        double max = 0.5 * (sa + sb);
        if (max == expected) {
            return 1.0; // both partitions trivial (all in one cluster or all singletons)
        }
        return (index - expected) / (max - expected);
    }

    private static double choose2(long v) {
        return v * (v - 1) / 2.0;
    }

    /**
     * Mean silhouette over at most {@code sample} rows drawn with the seed (Euclidean distances among the sampled
     * rows only). Single-member clusters score 0, as in Rousseeuw (1987).
     */
    public static double silhouette(double[] x, int n, int d, int[] labels, int k, int sample, long seed) {
        int m = Math.min(n, sample);
        int[] idx = m == n
                ? java.util.stream.IntStream.range(0, n).toArray()
                : MiniBatchKMeans.sampleWithoutReplacement(n, m, new SplittableRandom(seed));
        int[] cnt = new int[k];
        for (int i : idx) {
            cnt[labels[i]]++;
        }
        double total = 0;
        double[] sum = new double[k];
        for (int p = 0; p < m; p++) {
            java.util.Arrays.fill(sum, 0);
            int ip = idx[p];
            for (int q = 0; q < m; q++) {
                if (q != p) {
                    sum[labels[idx[q]]] += Math.sqrt(KMeans.sq(x, ip * d, x, idx[q] * d, d));
                }
            }
            int own = labels[ip];
            if (cnt[own] <= 1) {
                continue;
            }
            double a = sum[own] / (cnt[own] - 1);
            double b = Double.POSITIVE_INFINITY;
            for (int j = 0; j < k; j++) {
                if (j != own && cnt[j] > 0) {
                    b = Math.min(b, sum[j] / cnt[j]);
                }
            }
            if (Double.isInfinite(b)) {
                continue;
            }
            total += (b - a) / Math.max(a, b);
        }
        return total / m;
    }

    /**
     * Bootstrap stability (Hennig 2007): refit on {@code replicates} resamples with replacement, assign every row to
     * the refitted centroids, and for each reference cluster take the best Jaccard overlap with a refitted cluster.
     * Returns the mean over clusters and replicates (1 = perfectly stable).
     */
    public static double bootstrapJaccard(
            double[] x, int n, int d, KMeansResult reference, KMeansConfig cfg, int replicates) {
        int k = reference.k();
        SplittableRandom rng = new SplittableRandom(cfg.seed() ^ 0x5DEECE66DL);
        double total = 0;
        double[] boot = new double[n * d];
        for (int r = 0; r < replicates; r++) {
            for (int i = 0; i < n; i++) {
                System.arraycopy(x, rng.nextInt(n) * d, boot, i * d, d);
            }
            KMeansResult fit = KMeans.fit(boot, n, d, cfg.withK(k).withSeed(rng.nextLong()));
            int[] lab = new int[n];
            for (int i = 0; i < n; i++) {
                lab[i] = KMeans.nearest(x, i * d, fit.centroids(), k, d);
            }
            long[][] both = new long[k][k];
            long[] refSize = new long[k];
            long[] newSize = new long[k];
            for (int i = 0; i < n; i++) {
                both[reference.labels()[i]][lab[i]]++;
                refSize[reference.labels()[i]]++;
                newSize[lab[i]]++;
            }
            double sum = 0;
            for (int a = 0; a < k; a++) {
                double best = 0;
                for (int b = 0; b < k; b++) {
                    long union = refSize[a] + newSize[b] - both[a][b];
                    if (union > 0) {
                        best = Math.max(best, (double) both[a][b] / union);
                    }
                }
                sum += best;
            }
            total += sum / k;
        }
        return total / replicates;
    }
}
