package io.heed.ads.decide;

import java.util.List;

/**
 * Candidates in auction order, sorted lazily: {@link #get}(i) selects the i-th best on demand (selection from the
 * unsorted rest), and sorts the whole rest once more than {@link #SELECT_LIMIT} are needed. An auction for a few
 * slots needs only the first few of hundreds of candidates, so it costs a few linear passes, not a sort. The list
 * passed in is reordered in place: ranked prefix first, the rest after.
 */
final class Ranking {
    static final int SELECT_LIMIT = 16;
    private final List<Candidate> list;
    private int sorted;

    Ranking(List<Candidate> list) {
        this.list = list;
    }

    int size() {
        return list.size();
    }

    Candidate get(int i) {
        while (sorted <= i) {
            if (sorted >= SELECT_LIMIT) {
                list.subList(sorted, list.size()).sort(Auction.RANKING);
                sorted = list.size();
                break;
            }
            int best = sorted;
            for (int j = sorted + 1; j < list.size(); j++) {
                if (Auction.RANKING.compare(list.get(j), list.get(best)) < 0) {
                    best = j;
                }
            }
            Candidate b = list.get(best);
            list.set(best, list.get(sorted));
            list.set(sorted, b);
            sorted++;
        }
        return list.get(i);
    }
}
