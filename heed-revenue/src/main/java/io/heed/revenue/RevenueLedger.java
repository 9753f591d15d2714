package io.heed.revenue;

import java.util.List;

/**
 * The port the store implements: ledger totals per group of the clean events (bots excluded), with conversions
 * attributed as the query says. Groups with no impression, click or conversion are absent; with
 * {@link Dimension#TOTAL} the list has exactly one row, keyed {@code all}, even over an empty store.
 */
public interface RevenueLedger {
    List<LedgerTotals> totals(RevenueQuery query);

    /** Conversions (purchases naming an ad or buying an ad's landing item) that no ad touch could be credited with. */
    long unattributedConversions(RevenueQuery query);
}
