package io.heed.recsys.cf;

import io.heed.recsys.RecModel;

/**
 * Fused scoring and top-n selection for factor models (the serving hot path): one pass over the contiguous
 * row-major item-factor matrix, a dot product per item, the user's training items skipped by walking their sorted
 * index list alongside, and a bounded min-heap of size n held in the caller's result arrays. No scores array, no
 * boxing, no allocation. Same result as scoring densely and calling {@link io.heed.recsys.TopK#select}: best first,
 * ties to the lower index, untrained items, NaN and negative infinity never returned.
 */
final class FactorTopN {
    private FactorTopN() {}

    /**
     * @param x user vector (k floats from {@code xo})
     * @param y item factors, item i at {@code i * k}
     * @param exclude ascending item indices to skip, in {@code [exFrom, exTo)}
     * @return how many of {@code outItems}/{@code outScores} (length ≥ n) were written, best first
     */
    static int select(
            RecModel model,
            float[] x,
            int xo,
            float[] y,
            int k,
            int nItems,
            int[] exclude,
            int exFrom,
            int exTo,
            int n,
            int[] outItems,
            float[] outScores) {
        if (n <= 0) {
            return 0;
        }
        int size = 0;
        int e = exFrom;
        for (int i = 0; i < nItems; i++) {
            if (e < exTo && exclude[e] == i) {
                e++;
                continue;
            }
            float v = Vec.dot(x, xo, y, i * k, k);
            // a later item must be strictly better than the heap's worst to enter (ties go to the lower index)
            if (size == n && !(v > outScores[0])) {
                continue;
            }
            if (v == Float.NEGATIVE_INFINITY || Float.isNaN(v) || !model.isTrained(i)) {
                continue;
            }
            if (size < n) {
                siftUp(outItems, outScores, size++, i, v);
            } else {
                siftDown(outItems, outScores, size, i, v);
            }
        }
        // heap sort in place: repeatedly move the worst to the end, giving best first
        for (int end = size - 1; end > 0; end--) {
            int wi = outItems[0];
            float wv = outScores[0];
            siftDown(outItems, outScores, end, outItems[end], outScores[end]);
            outItems[end] = wi;
            outScores[end] = wv;
        }
        return size;
    }

    /** a is worse than b: lower score, or equal score and higher index. */
    private static boolean worse(float av, int ai, float bv, int bi) {
        return av < bv || (av == bv && ai > bi);
    }

    private static void siftUp(int[] items, float[] scores, int pos, int i, float v) {
        while (pos > 0) {
            int parent = (pos - 1) >>> 1;
            if (!worse(v, i, scores[parent], items[parent])) {
                break;
            }
            items[pos] = items[parent];
            scores[pos] = scores[parent];
            pos = parent;
        }
        items[pos] = i;
        scores[pos] = v;
    }

    /** Replaces the root (the worst) of a heap of {@code size} by (i, v) and restores the heap. */
    private static void siftDown(int[] items, float[] scores, int size, int i, float v) {
        int pos = 0;
        while (true) {
            int c = 2 * pos + 1;
            if (c >= size) {
                break;
            }
            if (c + 1 < size && worse(scores[c + 1], items[c + 1], scores[c], items[c])) {
                c++;
            }
            if (!worse(scores[c], items[c], v, i)) {
                break;
            }
            items[pos] = items[c];
            scores[pos] = scores[c];
            pos = c;
        }
        items[pos] = i;
        scores[pos] = v;
    }
}
