package io.heed.ads.decide;

import java.util.Arrays;

/**
 * A table's candidates in auction order, sorted lazily: the first {@link #row} call picks the best
 * {@link #SELECT_LIMIT} in one pass (insertion into a short sorted prefix: most candidates lose one comparison with
 * the current last of it), and the whole rest is sorted only when a deeper rank is asked for. An auction for a few
 * slots and a log of the best ten need only the first few of hundreds of candidates, so this costs one linear pass
 * over primitive arrays, not a sort (a selection pass per rank cost ten passes). Reorders the table's
 * {@code order} in place: ranked prefix first, the rest after.
 */
final class Ranking {
    static final int SELECT_LIMIT = 16;
    private final CandidateTable t;
    private int sorted;

    Ranking(CandidateTable t) {
        this.t = t;
    }

    int size() {
        return t.size;
    }

    /** The row of the k-th best candidate. */
    int row(int k) {
        int[] order = t.order;
        if (sorted <= k) {
            if (sorted == 0) {
                selectBest(order, Math.min(SELECT_LIMIT, order.length));
            }
            if (sorted <= k) {
                sortRest(order);
            }
        }
        return order[k];
    }

    /** Moves the best {@code limit} rows, in rank order, to the front of {@code order}; one pass. */
    private void selectBest(int[] order, int limit) {
        if (limit == 0) {
            return;
        }
        int[] best = new int[limit];
        int n = 0;
        for (int r : order) {
            if (n == limit && !t.ranksBefore(r, best[n - 1])) {
                continue;
            }
            int at = n == limit ? n - 1 : n++;
            while (at > 0 && t.ranksBefore(r, best[at - 1])) {
                best[at] = best[at - 1];
                at--;
            }
            best[at] = r;
        }
        if (n < order.length) {
            boolean[] chosen = new boolean[t.size];
            for (int j = 0; j < n; j++) {
                chosen[best[j]] = true;
            }
            int[] rest = new int[order.length - n];
            int w = 0;
            for (int r : order) {
                if (!chosen[r]) {
                    rest[w++] = r;
                }
            }
            System.arraycopy(rest, 0, order, n, rest.length);
        }
        System.arraycopy(best, 0, order, 0, n);
        sorted = n;
    }

    /** Rare (deep auctions): boxes the rest once to sort it with the ranking rule. */
    private void sortRest(int[] order) {
        Integer[] rest = new Integer[order.length - sorted];
        for (int j = 0; j < rest.length; j++) {
            rest[j] = order[sorted + j];
        }
        Arrays.sort(rest, (a, b) -> t.ranksBefore(a, b) ? -1 : t.ranksBefore(b, a) ? 1 : 0);
        for (int j = 0; j < rest.length; j++) {
            order[sorted + j] = rest[j];
        }
        sorted = order.length;
    }
}
