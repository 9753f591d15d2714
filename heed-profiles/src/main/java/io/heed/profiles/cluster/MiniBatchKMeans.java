package io.heed.profiles.cluster;

import java.util.SplittableRandom;

/**
 * Mini-batch k-means (Sculley 2010) for large inputs: k-means++ on a sample, then {@code batches} random batches of
 * {@code batchSize} rows, each moving its nearest centroid by a per-centroid learning rate 1/count; then
 * {@code refine} full Lloyd passes (which also re-seed empty clusters). Deterministic for the seed.
 */
public final class MiniBatchKMeans {
    private MiniBatchKMeans() {}

    public static KMeansResult fit(double[] x, int n, int d, KMeansConfig cfg, int batchSize, int batches, int refine) {
        KMeans.check(x, n, d, cfg.k());
        if (batchSize < 1 || batches < 1 || refine < 1) {
            throw new IllegalArgumentException("batchSize, batches and refine must be >= 1");
        }
        int k = cfg.k();
        SplittableRandom rng = new SplittableRandom(cfg.seed());
        int sampleN = Math.min(n, Math.max(k, Math.max(batchSize * 3, 10 * k)));
        double[] sample = new double[sampleN * d];
        int[] idx = sampleWithoutReplacement(n, sampleN, rng);
        for (int i = 0; i < sampleN; i++) {
            System.arraycopy(x, idx[i] * d, sample, i * d, d);
        }
        double[] c = KMeans.plusPlus(sample, sampleN, d, k, rng.split());
        long[] counts = new long[k];
        for (int b = 0; b < batches; b++) {
            for (int s = 0; s < batchSize; s++) {
                int i = rng.nextInt(n);
                int j = KMeans.nearest(x, i * d, c, k, d);
                counts[j]++;
                double eta = 1.0 / counts[j];
                int co = j * d;
                int xo = i * d;
                for (int t = 0; t < d; t++) {
                    c[co + t] += eta * (x[xo + t] - c[co + t]);
                }
            }
        }
        try (KMeans.Pool pool = new KMeans.Pool(cfg.threads())) {
            return KMeans.lloyd(x, n, d, c, k, refine, cfg.tolerance(), pool);
        }
    }

    /** {@code m} distinct indices of {@code [0, n)} (partial Fisher-Yates over a lazily materialised permutation). */
    static int[] sampleWithoutReplacement(int n, int m, SplittableRandom rng) {
        java.util.HashMap<Integer, Integer> swaps = new java.util.HashMap<>();
        int[] out = new int[m];
        for (int i = 0; i < m; i++) {
            int j = i + rng.nextInt(n - i);
            int vj = swaps.getOrDefault(j, j);
            int vi = swaps.getOrDefault(i, i);
            swaps.put(j, vi);
            out[i] = vj;
        }
        return out;
    }
}
