package io.heed.ads.port;

import java.util.Map;

/**
 * Money spent per campaign, so a restarted server does not spend a budget twice: {@code total} since the
 * start, {@code today} within the UTC day of {@code dayStartMillis}, both in micro-units of the currency.
 */
public interface SpendHistory {
    Map<String, Spent> load(long dayStartMillis);

    /** Stores charges taken outside a decision (CPC clicks, CPA conversions). */
    void record(java.util.List<Charge> charges);

    /** One charge: {@code kind} is {@code impression}, {@code click} or {@code conversion}. */
    record Charge(String decisionId, String campaignId, long timestampMillis, String kind, long micros) {}

    record Spent(long totalMicros, long todayMicros) {}
}
