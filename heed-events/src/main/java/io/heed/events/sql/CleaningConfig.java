package io.heed.events.sql;

import java.time.Duration;

/**
 * Cleaning rules. A session ends after {@code sessionGap} of inactivity (default 30 minutes, the analytics
 * industry's convention). A user is flagged as a bot when, in any calendar minute, they produce more than
 * {@code maxEventsPerMinute} events or more than {@code maxClicksPerMinute} clicks: rates no person sustains.
 */
public record CleaningConfig(Duration sessionGap, int maxEventsPerMinute, int maxClicksPerMinute) {
    public CleaningConfig {
        if (sessionGap.isNegative() || sessionGap.isZero()) {
            throw new IllegalArgumentException("sessionGap must be positive, was " + sessionGap);
        }
        if (maxEventsPerMinute < 1 || maxClicksPerMinute < 1) {
            throw new IllegalArgumentException("bot thresholds must be >= 1");
        }
    }

    public static CleaningConfig defaults() {
        return new CleaningConfig(Duration.ofMinutes(30), 300, 60);
    }
}
