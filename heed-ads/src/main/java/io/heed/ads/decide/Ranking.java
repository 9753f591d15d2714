package io.heed.ads.decide;

import java.util.Arrays;

/**
 * A table's candidates in auction order, sorted lazily: {@link #row}(k) selects the k-th best on demand (selection
 * from the unsorted rest), and sorts the whole rest once more than {@link #SELECT_LIMIT} are needed. An auction for
 * a few slots needs only the first few of hundreds of candidates, so it costs a few linear passes over primitive
 * arrays, not a sort. Reorders the table's {@code order} in place: ranked prefix first, the rest after.
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
        while (sorted <= k) {
            if (sorted >= SELECT_LIMIT) {
                sortRest(order);
                break;
            }
            int best = sorted;
            for (int j = sorted + 1; j < order.length; j++) {
                if (t.ranksBefore(order[j], order[best])) {
                    best = j;
                }
            }
            int b = order[best];
            order[best] = order[sorted];
            order[sorted] = b;
            sorted++;
        }
        return order[k];
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
