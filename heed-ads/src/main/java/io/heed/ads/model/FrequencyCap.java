package io.heed.ads.model;

import java.time.Duration;

/** At most {@code maxImpressions} impressions of a campaign to one user in any sliding {@code window}. */
public record FrequencyCap(int maxImpressions, Duration window) {
    public FrequencyCap {
        if (maxImpressions < 1 || maxImpressions > 1000) {
            throw new InvalidEntityException("frequency_caps.max", "must be in 1..1000, was " + maxImpressions);
        }
        if (window == null || window.isNegative() || window.isZero() || window.compareTo(Duration.ofDays(31)) > 0) {
            throw new InvalidEntityException("frequency_caps.window_seconds", "must be in (0, 31 days], was " + window);
        }
    }
}
