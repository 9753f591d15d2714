package io.heed.ads.decide;

import java.util.Comparator;

/**
 * Generalised second-price auction rules. Candidates rank by eCPM, ties broken by campaign id then creative id
 * (deterministic). The winner of a slot pays the eCPM needed to keep its rank: the next participant's eCPM or the
 * floor, whichever is higher, converted back to its own pricing unit by its weight, never above its bid.
 */
final class Auction {
    static final Comparator<Candidate> RANKING = Comparator.comparingDouble(Candidate::ecpm).reversed()
            .thenComparing(Candidate::campaignId).thenComparing(Candidate::creativeId);

    private Auction() {
    }

    /** Clearing eCPM for a winner given the next participant's eCPM (or -1 when none). */
    static double clearingEcpm(Candidate winner, double nextEcpm, double floorCpm) {
        return Math.min(winner.ecpm(), Math.max(nextEcpm, floorCpm));
    }

    /** The price in the winner's own unit (per mille, per click, per conversion) for a clearing eCPM. */
    static double price(Candidate winner, double clearingEcpm) {
        return Math.min(winner.bid(), clearingEcpm / winner.weight());
    }

    /**
     * Probability that exactly {@code k} of the first {@code n} ranked candidates take part, for k in 0..slots-1
     * (independent throttles: a Poisson-binomial distribution), updated incrementally: call {@link #add} per
     * candidate in rank order.
     */
    static final class AboveCounts {
        final double[] p;

        AboveCounts(int slots) {
            p = new double[slots];
            p[0] = 1;
        }

        void add(double throttle) {
            for (int k = p.length - 1; k > 0; k--) {
                p[k] = p[k] * (1 - throttle) + p[k - 1] * throttle;
            }
            p[0] *= 1 - throttle;
        }
    }
}
