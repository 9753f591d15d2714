package io.heed.revenue;

import java.time.Duration;

/**
 * How conversions are credited to ads. A conversion is a {@code purchase} that names an ad ({@code ad_id}) or
 * buys an ad's landing item. It goes to the user's <b>last click</b> on such an ad within {@code clickWindow}
 * before it; failing that, when {@code viewThrough} is on, to the last <b>impression</b> of such an ad within
 * {@code viewWindow} (a view-through conversion, counted apart). Otherwise it stays unattributed.
 */
public record Attribution(Duration clickWindow, boolean viewThrough, Duration viewWindow) {
    public Attribution {
        if (clickWindow == null || clickWindow.isNegative() || clickWindow.isZero()) {
            throw new IllegalArgumentException("attribution click window must be positive, was " + clickWindow);
        }
        if (viewWindow == null || viewWindow.isNegative() || (viewThrough && viewWindow.isZero())) {
            throw new IllegalArgumentException("attribution view window must be positive, was " + viewWindow);
        }
    }

    /** Last click within 7 days, no view-through: the common default of ad servers. */
    public static Attribution defaults() {
        return new Attribution(Duration.ofDays(7), false, Duration.ofDays(1));
    }

    public Attribution withViewThrough(Duration window) {
        return new Attribution(clickWindow, true, window);
    }

    public Attribution withClickWindow(Duration window) {
        return new Attribution(window, viewThrough, viewWindow);
    }
}
