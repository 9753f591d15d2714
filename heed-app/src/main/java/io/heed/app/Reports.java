package io.heed.app;

import io.heed.revenue.Attribution;
import io.heed.revenue.Dimension;
import io.heed.revenue.RevenueReport;
import io.heed.revenue.sql.SqlRevenueLedger;
import io.heed.storage.HeedStore;
import java.time.Duration;

/**
 * The reports use case: the revenue report of heed-revenue computed from a store's ledger, as {@code heed report
 * revenue} prints it and {@code GET /v1/reports/revenue} serves it. The store stays owned by the caller.
 */
public final class Reports {
    /** The view-through window an attribution carries while view-through is off (unused, but must be valid). */
    static final Duration UNUSED_VIEW_WINDOW = Duration.ofDays(1);

    private final HeedStore store;

    public Reports(HeedStore store) {
        this.store = store;
    }

    /**
     * Last click within {@code clickWindow}; with a {@code viewThrough} window (null: none), also the last
     * impression within it. Throws {@link IllegalArgumentException} naming the window that is not positive.
     */
    public static Attribution attribution(Duration clickWindow, Duration viewThrough) {
        return new Attribution(
                clickWindow, viewThrough != null, viewThrough != null ? viewThrough : UNUSED_VIEW_WINDOW);
    }

    /** Revenue, CTR, CVR, eCPM, RPM, ARPU and ROAS of {@code tenant} grouped {@code by}, with the total. */
    public RevenueReport revenue(String tenant, Dimension by, Attribution attribution) {
        return RevenueReport.of(new SqlRevenueLedger(store), tenant, by, attribution);
    }
}
