package io.heed.recsys.eval;

import java.util.Arrays;

/**
 * Per-user top-K metrics over a ranked list {@code ranked[0..n)} and the user's ascending test items. All use
 * binary relevance. Recall@K = hits@K / min(K, |test|) (Liang et al. 2018, Steck 2019); NDCG@K's ideal DCG has
 * min(K, |test|) hits; AP@K divides by min(K, |test|); RR@K is 1/rank of the first hit within K, else 0.
 */
public final class RankingMetrics {
    private RankingMetrics() {}

    public static int hits(int[] ranked, int n, int[] test, int k) {
        int h = 0;
        for (int r = 0; r < Math.min(n, k); r++) {
            if (Arrays.binarySearch(test, ranked[r]) >= 0) {
                h++;
            }
        }
        return h;
    }

    public static double recall(int[] ranked, int n, int[] test, int k) {
        return hits(ranked, n, test, k) / (double) Math.min(k, test.length);
    }

    public static double ndcg(int[] ranked, int n, int[] test, int k) {
        double dcg = 0;
        for (int r = 0; r < Math.min(n, k); r++) {
            if (Arrays.binarySearch(test, ranked[r]) >= 0) {
                dcg += 1.0 / (Math.log(r + 2) / Math.log(2));
            }
        }
        double idcg = 0;
        for (int r = 0; r < Math.min(k, test.length); r++) {
            idcg += 1.0 / (Math.log(r + 2) / Math.log(2));
        }
        return dcg / idcg;
    }

    public static double averagePrecision(int[] ranked, int n, int[] test, int k) {
        double sum = 0;
        int h = 0;
        for (int r = 0; r < Math.min(n, k); r++) {
            if (Arrays.binarySearch(test, ranked[r]) >= 0) {
                h++;
                sum += h / (double) (r + 1);
            }
        }
        return sum / Math.min(k, test.length);
    }

    public static double reciprocalRank(int[] ranked, int n, int[] test, int k) {
        for (int r = 0; r < Math.min(n, k); r++) {
            if (Arrays.binarySearch(test, ranked[r]) >= 0) {
                return 1.0 / (r + 1);
            }
        }
        return 0;
    }
}
