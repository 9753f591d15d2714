package io.heed.cli;

import io.heed.events.ingest.IngestReport;
import io.heed.events.sql.StoreSummary;
import io.heed.revenue.RevenueReport;
import io.heed.revenue.RevenueReportWriter;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/**
 * The CLI's one table printer ({@link #aligned}), and the reports printed with it, aligned for terminals and logs
 * alike. Stages hand over cells (e.g. {@link RevenueReportWriter#tableRows}); the front door lays them out.
 */
public final class Tables {
    private Tables() {}

    /**
     * Cells in columns as wide as their widest cell, two spaces apart, one line per array (the first is usually the
     * header). {@code align} has one letter per column, {@code l} or {@code r}; columns past its end are
     * right-aligned. A last column aligned left is not padded, so no line ends in spaces.
     */
    public static String aligned(List<String[]> lines, String align) {
        int columns = 0;
        for (String[] l : lines) {
            columns = Math.max(columns, l.length);
        }
        int[] w = new int[columns];
        for (String[] l : lines) {
            for (int i = 0; i < l.length; i++) {
                w[i] = Math.max(w[i], l[i].length());
            }
        }
        StringBuilder sb = new StringBuilder();
        for (String[] l : lines) {
            for (int i = 0; i < l.length; i++) {
                if (i > 0) {
                    sb.append("  ");
                }
                boolean left = i < align.length() && align.charAt(i) == 'l';
                int pad = w[i] - l[i].length();
                if (!left) {
                    sb.append(" ".repeat(pad));
                }
                sb.append(l[i]);
                if (left && i < l.length - 1) {
                    sb.append(" ".repeat(pad));
                }
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    /** The revenue report's table: the key column left, the figures right, then its notes. */
    public static String revenue(RevenueReport r) {
        return aligned(RevenueReportWriter.tableRows(r), "l") + RevenueReportWriter.tableNotes(r);
    }

    public static void ingest(PrintStream out, IngestReport r) {
        // A rate over a few rows measures start-up, not throughput: shown from 10,000 rows.
        String rate = r.rowsRead() >= 10_000 ? String.format("%,10.0f rows/s", r.rowsPerSecond()) : "";
        out.printf(
                "%-28s %-18s read %,12d  accepted %,12d  duplicates %,10d  quarantined %,9d  %s%n",
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
            out.printf(
                    "    %-18s%,14d   %5.1f%%%n",
                    e.getKey(), e.getValue(), 100.0 * e.getValue() / Math.max(1, s.events()));
        }
        out.printf("  users (active)      %,14d   catalog users %,d%n", s.users(), s.catalogUsers());
        out.printf("  items (active)      %,14d   catalog items %,d, ads %,d%n", s.items(), s.catalogItems(), s.ads());
        out.printf("  sessions            %,14d   (30-minute inactivity gap)%n", s.sessions());
        out.printf("  identity links      %,14d%n", s.identityLinks());
        out.printf(
                "  bot users           %,14d   (%,d events kept aside from clean_events)%n",
                s.botUsers(), s.botEvents());
        out.printf("  quarantined rows    %,14d%n", s.quarantined());
        s.quarantinedByReason().forEach((k, v) -> out.printf("    %-24s%,8d%n", k, v));
    }
}
