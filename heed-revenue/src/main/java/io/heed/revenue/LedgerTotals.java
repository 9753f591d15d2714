package io.heed.revenue;

/**
 * The ledger of one group (a campaign, persona, placement or day; {@code key}): ad impressions and the revenue
 * earned (the price paid for each impression, plus the price of each click billed per click, in currency units),
 * ad clicks, conversions credited by last click and by
 * view-through, the value of those conversions, the distinct pages that carried the group's ads and the distinct
 * users who saw them. Counts are never negative.
 */
public record LedgerTotals(
        String key,
        long impressions,
        double revenue,
        long clicks,
        long clickConversions,
        long viewConversions,
        double conversionValue,
        long pageViews,
        long users) {
    public LedgerTotals {
        if (key == null) {
            throw new IllegalArgumentException("ledger key must not be null");
        }
        if (impressions < 0
                || clicks < 0
                || clickConversions < 0
                || viewConversions < 0
                || pageViews < 0
                || users < 0) {
            throw new IllegalArgumentException("negative count in ledger row " + key);
        }
        if (!Double.isFinite(revenue) || !Double.isFinite(conversionValue)) {
            throw new IllegalArgumentException("non-finite money in ledger row " + key + ": revenue " + revenue
                    + ", conversion value " + conversionValue);
        }
    }

    /** All conversions credited to the group. */
    public long conversions() {
        return clickConversions + viewConversions;
    }
}
