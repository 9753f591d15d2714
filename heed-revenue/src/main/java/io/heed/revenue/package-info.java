/**
 * The revenue stage: what attention earned. {@link io.heed.revenue.LedgerTotals} are the ledger counts of one
 * group (ad impressions with their price, clicks, attributed conversions and their value);
 * {@link io.heed.revenue.RevenueLedger} is the port the store implements in SQL;
 * {@link io.heed.revenue.Attribution} says how conversions are credited (last click within a window,
 * view-through optional); {@link io.heed.revenue.RevenueReport} turns totals into CTR, CVR, eCPM, RPM, ARPU and
 * ROAS, with undefined ratios (zero denominators) kept as undefined, never NaN.
 * Plain Java with no dependency beyond the JDK; only {@code sql} may use heed-storage and JDBC. No frameworks.
 */
package io.heed.revenue;
