package io.heed.recsys;

/** Top-k selection on a primitive score array (hot path of every recommend and evaluation call). */
public final class TopK {
    private TopK() {}

    /**
     * Writes the indices of the {@code k} largest scores into {@code out}, best first, skipping NaN and
     * negative infinity; ties go to the lower index. Returns how many were written. Insertion into a sorted
     * window of k: O(n·k) worst case but O(n) in practice for small k, and allocation-free.
     */
    public static int select(float[] scores, int k, int[] out) {
        int n = 0;
        for (int i = 0; i < scores.length; i++) {
            float v = scores[i];
            if (v == Float.NEGATIVE_INFINITY || Float.isNaN(v)) {
                continue;
            }
            if (n < k) {
                int p = n++;
                while (p > 0 && scores[out[p - 1]] < v) {
                    out[p] = out[p - 1];
                    p--;
                }
                out[p] = i;
            } else if (k > 0 && v > scores[out[k - 1]]) {
                int p = k - 1;
                while (p > 0 && scores[out[p - 1]] < v) {
                    out[p] = out[p - 1];
                    p--;
                }
                out[p] = i;
            }
        }
        return n;
    }
}
