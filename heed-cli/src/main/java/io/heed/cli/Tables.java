package io.heed.cli;

import io.heed.events.ingest.IngestReport;
import io.heed.events.sql.StoreSummary;
import java.io.PrintStream;
import java.util.Map;

/** Plain-text tables for reports, aligned for terminals and logs alike. */
public final class Tables {
    private Tables() {
    }

    public static void ingest(PrintStream out, IngestReport r) {
        // A rate over a few rows measures start-up, not throughput: shown from 10,000 rows.
        String rate = r.rowsRead() >= 10_000 ? String.format("%,10.0f rows/s", r.rowsPerSecond()) : "";
        out.printf("%-28s %-18s read %,12d  accepted %,12d  duplicates %,10d  quarantined %,9d  %s%n",
                r.source(), r.format(), r.rowsRead(), r.accepted(), r.duplicates(), r.quarantined(), rate);
        if (r.newIdentityLinks() > 0) {
            out.printf("  %,d new identity links (devices stitched to users)%n", r.newIdentityLinks());
        }
        r.quarantinedByReason().forEach((k, v) -> out.printf("  quarantined %-24s %,10d%n", k, v));
    }

    public static void summary(PrintStream out, StoreSummary s) {
        out.println();
        out.println("Store summary");
        out.printf("  events              %,14d   (%s .. %s)%n", s.events(), s.firstEvent(), s.lastEvent());
        for (Map.Entry<String, Long> e : s.eventsByType().entrySet()) {
            out.printf("    %-18s%,14d   %5.1f%%%n", e.getKey(), e.getValue(), 100.0 * e.getValue() / Math.max(1, s.events()));
        }
        out.printf("  users (active)      %,14d   catalog users %,d%n", s.users(), s.catalogUsers());
        out.printf("  items (active)      %,14d   catalog items %,d, ads %,d%n", s.items(), s.catalogItems(), s.ads());
        out.printf("  sessions            %,14d   (30-minute inactivity gap)%n", s.sessions());
        out.printf("  identity links      %,14d%n", s.identityLinks());
        out.printf("  bot users           %,14d   (%,d events kept aside from clean_events)%n", s.botUsers(), s.botEvents());
        out.printf("  quarantined rows    %,14d%n", s.quarantined());
        s.quarantinedByReason().forEach((k, v) -> out.printf("    %-24s%,8d%n", k, v));
    }
}
