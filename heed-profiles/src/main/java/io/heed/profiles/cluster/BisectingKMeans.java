package io.heed.profiles.cluster;

import java.util.ArrayList;
import java.util.List;

/**
 * Bisecting k-means: start from one cluster and repeatedly split the leaf with the largest sum of squared errors
 * by 2-means, until {@code k} leaves. The splits form a hierarchy: {@link Result#labelsAt(int)} merges back to any
 * coarser level by undoing the last splits.
 */
public final class BisectingKMeans {
    private BisectingKMeans() {}

    /** One split: leaf {@code parent} kept its id for one half, the other half became leaf {@code child}. */
    public record Split(int parent, int child, double sseBefore, double sseAfter) {}

    /** Leaves as labels 0..k-1 (in creation order), the splits in order, and the leaf centroids. */
    public record Result(int[] labels, double[] centroids, int k, int d, List<Split> splits) {
        /** Labels with only the first {@code level - 1} splits applied (level 1 = everything in one cluster). */
        public int[] labelsAt(int level) {
            if (level < 1 || level > k) {
                throw new IllegalArgumentException("level must be in [1, " + k + "], was " + level);
            }
            int[] out = labels.clone();
            for (int s = splits.size() - 1; s >= level - 1; s--) {
                Split sp = splits.get(s);
                for (int i = 0; i < out.length; i++) {
                    if (out[i] == sp.child()) {
                        out[i] = sp.parent();
                    }
                }
            }
            return out;
        }

        /** The leaves as a flat k-means result over the rows it was fitted on (inertia = sum of leaf SSEs). */
        public KMeansResult asKMeans(double[] x, int n) {
            double inertia = 0;
            for (int i = 0; i < n; i++) {
                inertia += KMeans.sq(x, i * d, centroids, labels[i] * d, d);
            }
            return new KMeansResult(k, d, centroids, labels, inertia, splits.size(), true, 0);
        }
    }

    public static Result fit(double[] x, int n, int d, KMeansConfig cfg) {
        KMeans.check(x, n, d, cfg.k());
        int k = cfg.k();
        int[] labels = new int[n];
        List<Split> splits = new ArrayList<>();
        double[] sse = new double[k];
        sse[0] = sseOf(x, n, d, labels, 0);
        int leaves = 1;
        while (leaves < k) {
            int target = -1;
            for (int j = 0; j < leaves; j++) {
                if (count(labels, j) >= 2 && (target < 0 || sse[j] > sse[target])) {
                    target = j;
                }
            }
            if (target < 0) {
                throw new IllegalArgumentException("cannot split further: every cluster holds one row");
            }
            int[] members = membersOf(labels, target);
            double[] sub = new double[members.length * d];
            for (int i = 0; i < members.length; i++) {
                System.arraycopy(x, members[i] * d, sub, i * d, d);
            }
            KMeansResult two = KMeans.fit(sub, members.length, d, cfg.withK(2).withSeed(cfg.seed() + 31L * leaves));
            int child = leaves++;
            double before = sse[target];
            for (int i = 0; i < members.length; i++) {
                if (two.labels()[i] == 1) {
                    labels[members[i]] = child;
                }
            }
            sse[target] = sseOf(x, n, d, labels, target);
            sse[child] = sseOf(x, n, d, labels, child);
            splits.add(new Split(target, child, before, sse[target] + sse[child]));
        }
        return new Result(labels, centroids(x, n, d, labels, k), k, d, List.copyOf(splits));
    }

    static double[] centroids(double[] x, int n, int d, int[] labels, int k) {
        double[] c = new double[k * d];
        int[] cnt = new int[k];
        for (int i = 0; i < n; i++) {
            cnt[labels[i]]++;
            for (int t = 0; t < d; t++) {
                c[labels[i] * d + t] += x[i * d + t];
            }
        }
        for (int j = 0; j < k; j++) {
            for (int t = 0; t < d; t++) {
                c[j * d + t] /= Math.max(1, cnt[j]);
            }
        }
        return c;
    }

    private static double sseOf(double[] x, int n, int d, int[] labels, int j) {
        double[] mean = new double[d];
        int cnt = 0;
        for (int i = 0; i < n; i++) {
            if (labels[i] == j) {
                cnt++;
                for (int t = 0; t < d; t++) {
                    mean[t] += x[i * d + t];
                }
            }
        }
        if (cnt == 0) {
            return 0;
        }
        for (int t = 0; t < d; t++) {
            mean[t] /= cnt;
        }
        double s = 0;
        for (int i = 0; i < n; i++) {
            if (labels[i] == j) {
                s += KMeans.sq(x, i * d, mean, 0, d);
            }
        }
        return s;
    }

    private static int count(int[] labels, int j) {
        int c = 0;
        for (int l : labels) {
            if (l == j) {
                c++;
            }
        }
        return c;
    }

    private static int[] membersOf(int[] labels, int j) {
        return java.util.stream.IntStream.range(0, labels.length)
                .filter(i -> labels[i] == j)
                .toArray();
    }
}
