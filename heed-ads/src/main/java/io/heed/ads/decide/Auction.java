package io.heed.ads.decide;

/**
 * Generalised second-price auction rules. Candidates rank by eCPM, ties broken by campaign id then creative id
 * (deterministic; {@link CandidateTable#ranksBefore}). The winner of a slot pays the eCPM needed to keep its rank:
 * the next participant's eCPM or the floor, whichever is higher, converted back to its own pricing unit by its
 * weight, never above its bid.
 */
final class Auction {
    private Auction() {}

    /** Clearing eCPM for a winner of eCPM {@code winnerEcpm} given the next participant's eCPM (or -1 when none). */
    static double clearingEcpm(double winnerEcpm, double nextEcpm, double floorCpm) {
        return Math.min(winnerEcpm, Math.max(nextEcpm, floorCpm));
    }

    /** The price in the winner's own unit (per mille, per click, per conversion) for a clearing eCPM. */
    static double price(double bid, double weight, double clearingEcpm) {
        return Math.min(bid, clearingEcpm / weight);
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
