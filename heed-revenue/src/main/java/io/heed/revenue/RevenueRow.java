package io.heed.revenue;

import java.util.OptionalDouble;

/**
 * One report row: the ledger totals and the metrics derived from them. Each metric is empty when its denominator
 * is zero (e.g. CVR of a group without clicks):
 * <ul>
 *   <li>CTR = clicks / impressions; CVR = conversions / clicks (click-through conversions only);</li>
 *   <li>eCPM = 1000 × revenue / impressions; RPM = 1000 × revenue / page views (pages that carried the ads);</li>
 *   <li>ARPU = revenue / users who saw the ads; ROAS = conversion value / revenue (the advertisers' spend).</li>
 * </ul>
 */
public record RevenueRow(LedgerTotals totals) {
    public OptionalDouble ctr() {
        return Ratio.of(totals.clicks(), totals.impressions(), 1);
    }

    public OptionalDouble cvr() {
        return Ratio.of(totals.clickConversions(), totals.clicks(), 1);
    }

    public OptionalDouble ecpm() {
        return Ratio.of(totals.revenue(), totals.impressions(), 1000);
    }

    public OptionalDouble rpm() {
        return Ratio.of(totals.revenue(), totals.pageViews(), 1000);
    }

    public OptionalDouble arpu() {
        return Ratio.of(totals.revenue(), totals.users(), 1);
    }

    public OptionalDouble roas() {
        return Ratio.of(totals.conversionValue(), totals.revenue(), 1);
    }
}
