package io.heed.sim;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a run wrote. Counts of lines include the injected duplicates.
 *
 * @param events       lines in {@code events.csv} (header excluded, duplicates included)
 * @param eventsByType lines per event type, keyed by wire name, in a fixed order
 * @param users        human users ({@code users.csv} also lists the {@code bots})
 * @param devices      devices (anonymous ids) over all accounts
 * @param sessions     session ids issued (human sessions, bot bursts and the later visits of ad conversions)
 * @param duplicates   lines that repeat the line before them
 */
public record SimSummary(
        long events,
        Map<String, Long> eventsByType,
        int users,
        int bots,
        int items,
        int ads,
        int advertisers,
        int campaigns,
        int personas,
        int devices,
        long sessions,
        long duplicates) {
    public SimSummary {
        // Keep the caller's (fixed) order: Map.copyOf iterates in an order that changes between JVM runs.
        eventsByType = Collections.unmodifiableMap(new LinkedHashMap<>(eventsByType));
    }
}
