package io.heed.ads.port;

import java.util.Map;

/**
 * Money already spent per campaign, so a restarted server does not spend a budget twice: {@code total} since the
 * start, {@code today} within the UTC day of {@code dayStartMillis}, both in micro-units of the currency.
 */
public interface SpendHistory {
    Map<String, Spent> load(long dayStartMillis);

    record Spent(long totalMicros, long todayMicros) {
    }
}
