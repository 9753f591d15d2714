package io.heed.events.ingest;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one ingest did. Every row read is accounted for: {@code rowsRead = accepted + duplicates + quarantined}.
 * {@code quarantinedByReason} maps reason codes to counts.
 */
public record IngestReport(
        String source,
        String format,
        long rowsRead,
        long accepted,
        long duplicates,
        long quarantined,
        Map<String, Long> quarantinedByReason,
        long newIdentityLinks,
        Duration elapsed) {
    public IngestReport {
        quarantinedByReason =
                java.util.Collections.unmodifiableMap(new TreeMap<>(quarantinedByReason)); // sorted, as printed
    }

    public double rowsPerSecond() {
        double s = elapsed.toNanos() / 1e9;
        return s <= 0 ? 0 : rowsRead / s;
    }

    /** Sums reports of several files into one. */
    public IngestReport plus(IngestReport o) {
        Map<String, Long> reasons = new TreeMap<>(quarantinedByReason);
        o.quarantinedByReason.forEach((k, v) -> reasons.merge(k, v, Long::sum));
        return new IngestReport(
                source + "," + o.source,
                format.equals(o.format) ? format : "mixed",
                rowsRead + o.rowsRead,
                accepted + o.accepted,
                duplicates + o.duplicates,
                quarantined + o.quarantined,
                reasons,
                newIdentityLinks + o.newIdentityLinks,
                elapsed.plus(o.elapsed));
    }
}
