package io.heed.experiments.analysis;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Per-unit metrics an experiment is judged on; for every one, higher is better. */
public enum Metric {
    /** Clicks per impression, units clustered (delta method). */
    CTR,
    /** Revenue per unit (Welch's t). */
    REVENUE_PER_UNIT,
    /** Share of units with a conversion (two-proportion z). */
    CONVERSION_RATE,
    /** Revenue per impression, units clustered (delta method). */
    REVENUE_PER_IMPRESSION;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Metric parse(String s) {
        for (Metric m : values()) {
            if (m.wire().equals(s == null ? "" : s.strip().toLowerCase(Locale.ROOT))) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown metric '" + s + "': use one of "
                + Arrays.stream(values()).map(Metric::wire).collect(Collectors.joining(", ")));
    }
}
