package io.heed.bench.recsys;

import io.heed.recsys.IdMap;
import io.heed.recsys.Interactions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded synthetic implicit feedback at scale, written straight into CSR arrays (no per-interaction objects): each
 * user draws items from a Zipf(1) popularity over the catalogue (the long-tailed shape of real interaction logs)
 * until it has exactly {@code perUser} distinct ones, so users × perUser is the interaction count. Weights are 1.
 */
final class SyntheticInteractions {
    private SyntheticInteractions() {}

    static Interactions zipf(int users, int items, int perUser, long seed) {
        double[] cdf = new double[items];
        double sum = 0;
        for (int i = 0; i < items; i++) {
            sum += 1.0 / (i + 1);
            cdf[i] = sum;
        }
        for (int i = 0; i < items; i++) {
            cdf[i] /= sum;
        }
        SplittableRandom rnd = new SplittableRandom(seed);
        int[] start = new int[users + 1];
        int[] idx = new int[(int) Math.min(Integer.MAX_VALUE - 8, (long) users * perUser)];
        int q = 0;
        if (perUser > items) {
            throw new IllegalArgumentException("perUser " + perUser + " exceeds the catalogue (" + items + ")");
        }
        boolean[] taken = new boolean[items];
        int[] row = new int[perUser];
        for (int u = 0; u < users; u++) {
            int n = 0;
            while (n < perUser) {
                int i = Arrays.binarySearch(cdf, rnd.nextDouble());
                i = i < 0 ? Math.min(-i - 1, items - 1) : i;
                if (!taken[i]) {
                    taken[i] = true;
                    row[n++] = i;
                }
            }
            Arrays.sort(row);
            for (int j = 0; j < perUser; j++) {
                taken[row[j]] = false;
                idx[q++] = row[j];
            }
            start[u + 1] = q;
        }
        float[] w = new float[q];
        Arrays.fill(w, 1f);
        return new Interactions(ids("u", users), ids("i", items), start, Arrays.copyOf(idx, q), w, null);
    }

    private static IdMap ids(String prefix, int n) {
        List<String> s = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            s.add(prefix + k);
        }
        return IdMap.of(s);
    }
}
