package io.heed.recsys.cf;

import io.heed.recsys.Interactions;

/** A user's most recent training items (by time when known, else the last in the row), oldest first. */
final class RecentItems {
    private RecentItems() {}

    /** Up to {@code n} recent items of {@code user}, leaving out {@code exclude} (−1 for none). */
    static int[] of(Interactions data, int user, int n, int exclude) {
        int from = data.rowStart(user);
        int len = data.rowLength(user);
        long[] t = data.timeValues();
        Integer[] pos = new Integer[len];
        for (int j = 0; j < len; j++) {
            pos[j] = from + j;
        }
        if (t != null) {
            java.util.Arrays.sort(pos, (a, b) -> Long.compare(t[a], t[b]));
        }
        int[] idx = data.itemIndices();
        int[] out = new int[Math.min(n, len)];
        int m = 0;
        for (int j = len - 1; j >= 0 && m < out.length; j--) {
            int item = idx[pos[j]];
            if (item != exclude) {
                out[m++] = item;
            }
        }
        int[] res = new int[m];
        for (int j = 0; j < m; j++) {
            res[j] = out[m - 1 - j];
        }
        return res;
    }
}
