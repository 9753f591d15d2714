package io.heed.revenue;

import java.util.Comparator;
import java.util.List;

/**
 * A revenue report: rows per group (by revenue, highest first, then key), the grand total, and the conversions
 * that could not be attributed. Built from a {@link RevenueLedger}.
 */
public record RevenueReport(
        Dimension by, Attribution attribution, List<RevenueRow> rows, RevenueRow total, long unattributedConversions) {
    public RevenueReport {
        rows = List.copyOf(rows);
    }

    public static RevenueReport of(RevenueLedger ledger, String tenant, Dimension by, Attribution attribution) {
        if (by == Dimension.TOTAL) {
            throw new IllegalArgumentException(
                    "group by campaign, persona, placement or day; the total is always included");
        }
        RevenueQuery q = new RevenueQuery(tenant, by, attribution);
        List<RevenueRow> rows = ledger.totals(q).stream()
                .map(RevenueRow::new)
                .sorted(Comparator.comparingDouble((RevenueRow r) -> -r.totals().revenue())
                        .thenComparing(r -> r.totals().key()))
                .toList();
        List<LedgerTotals> total = ledger.totals(new RevenueQuery(tenant, Dimension.TOTAL, attribution));
        if (total.size() != 1) {
            throw new IllegalStateException("the ledger returned " + total.size() + " total rows, expected 1");
        }
        return new RevenueReport(
                by, attribution, rows, new RevenueRow(total.get(0)), ledger.unattributedConversions(q));
    }

    /** True when the store holds no ad event at all: every metric is then undefined. */
    public boolean empty() {
        LedgerTotals t = total.totals();
        return t.impressions() == 0 && t.clicks() == 0 && t.conversions() == 0;
    }
}
