package io.heed.revenue;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What a revenue report is grouped by; {@link #TOTAL} is the one-row grand total. */
public enum Dimension {
    CAMPAIGN,
    PERSONA,
    PLACEMENT,
    DAY,
    TOTAL;

    /** The wire name: {@code campaign}, {@code persona}, ... */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a wire name; the error names the accepted values. */
    public static Dimension parse(String s) {
        for (Dimension d : values()) {
            if (d.wire().equals(s == null ? "" : s.strip().toLowerCase(Locale.ROOT))) {
                return d;
            }
        }
        throw new IllegalArgumentException("unknown grouping '" + s + "': use one of "
                + Arrays.stream(values()).map(Dimension::wire).collect(Collectors.joining(", ")));
    }
}
