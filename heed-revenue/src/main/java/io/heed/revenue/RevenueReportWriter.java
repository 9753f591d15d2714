package io.heed.revenue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * Writes a {@link RevenueReport} as an aligned text table, CSV or JSON. Undefined metrics print as {@code n/a} in
 * the table, an empty field in CSV and {@code null} in JSON: never as NaN. The JSON is the body of
 * {@code GET /v1/reports/revenue} too, so the CLI and the API agree.
 */
public final class RevenueReportWriter {
    static final List<String> COLUMNS = List.of("impressions", "clicks", "conversions", "view_conversions",
            "revenue", "conversion_value", "page_views", "users", "ctr", "cvr", "ecpm", "rpm", "arpu", "roas");

    private RevenueReportWriter() {
    }

    public static String table(RevenueReport r) {
        List<String[]> lines = new ArrayList<>();
        List<String> head = new ArrayList<>(List.of(r.by().wire()));
        head.addAll(List.of("impr", "clicks", "conv", "view_conv", "revenue", "conv_value", "CTR %", "CVR %", "eCPM",
                "RPM", "ARPU", "ROAS"));
        lines.add(head.toArray(String[]::new));
        for (RevenueRow row : r.rows()) {
            lines.add(textRow(row.totals().key(), row));
        }
        lines.add(textRow("TOTAL", r.total()));
        int[] w = new int[head.size()];
        for (String[] l : lines) {
            for (int i = 0; i < l.length; i++) {
                w[i] = Math.max(w[i], l[i].length());
            }
        }
        StringBuilder sb = new StringBuilder();
        for (String[] l : lines) {
            for (int i = 0; i < l.length; i++) {
                sb.append(i == 0 ? String.format("%-" + w[i] + "s", l[i]) : String.format("  %" + w[i] + "s", l[i]));
            }
            sb.append('\n');
        }
        sb.append(String.format(Locale.ROOT, "attribution: last click within %s%s; %,d conversions unattributed%n",
                span(r.attribution().clickWindow()), r.attribution().viewThrough()
                        ? ", else last impression within " + span(r.attribution().viewWindow()) : "",
                r.unattributedConversions()));
        if (r.empty()) {
            sb.append("no ad impressions, clicks or conversions in the store: every rate is n/a\n");
        }
        return sb.toString();
    }

    /** A window in the largest whole unit: 7 days, 12 hours, 30 minutes, else seconds. */
    static String span(java.time.Duration d) {
        long s = d.toSeconds();
        if (s % 86_400 == 0) {
            return s / 86_400 + (s == 86_400 ? " day" : " days");
        }
        if (s % 3_600 == 0) {
            return s / 3_600 + (s == 3_600 ? " hour" : " hours");
        }
        return s % 60 == 0 ? s / 60 + " minutes" : s + " seconds";
    }

    private static String[] textRow(String key, RevenueRow row) {
        LedgerTotals t = row.totals();
        return new String[]{key, String.format("%,d", t.impressions()), String.format("%,d", t.clicks()),
            String.format("%,d", t.clickConversions()), String.format("%,d", t.viewConversions()),
            String.format(Locale.ROOT, "%,.2f", t.revenue()), String.format(Locale.ROOT, "%,.2f", t.conversionValue()),
            Ratio.text(scale(row.ctr(), 100), 3), Ratio.text(scale(row.cvr(), 100), 2), Ratio.text(row.ecpm(), 3),
            Ratio.text(row.rpm(), 3), Ratio.text(row.arpu(), 4), Ratio.text(row.roas(), 2)};
    }

    private static OptionalDouble scale(OptionalDouble v, double f) {
        return v.isPresent() ? OptionalDouble.of(v.getAsDouble() * f) : v;
    }

    public static String csv(RevenueReport r) {
        StringBuilder sb = new StringBuilder(r.by().wire()).append(',').append(String.join(",", COLUMNS)).append('\n');
        for (RevenueRow row : r.rows()) {
            csvRow(sb, row.totals().key(), row);
        }
        csvRow(sb, "TOTAL", r.total());
        return sb.toString();
    }

    private static void csvRow(StringBuilder sb, String key, RevenueRow row) {
        sb.append(csvField(key));
        for (String v : values(row)) {
            sb.append(',').append(v == null ? "" : v);
        }
        sb.append('\n');
    }

    static String csvField(String s) {
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }

    /** The row's values in {@link #COLUMNS} order as plain numbers; null where a metric is undefined. */
    static List<String> values(RevenueRow row) {
        LedgerTotals t = row.totals();
        List<String> v = new ArrayList<>();
        v.add(Long.toString(t.impressions()));
        v.add(Long.toString(t.clicks()));
        v.add(Long.toString(t.clickConversions()));
        v.add(Long.toString(t.viewConversions()));
        v.add(num(t.revenue()));
        v.add(num(t.conversionValue()));
        v.add(Long.toString(t.pageViews()));
        v.add(Long.toString(t.users()));
        for (OptionalDouble m : List.of(row.ctr(), row.cvr(), row.ecpm(), row.rpm(), row.arpu(), row.roas())) {
            v.add(m.isPresent() ? num(m.getAsDouble()) : null);
        }
        return v;
    }

    private static String num(double x) {
        return Double.toString(x);
    }

    public static String json(RevenueReport r) {
        StringBuilder sb = new StringBuilder("{\"by\":").append(jsonString(r.by().wire()));
        sb.append(",\"attribution\":{\"click_window_seconds\":").append(r.attribution().clickWindow().toSeconds())
                .append(",\"view_through\":").append(r.attribution().viewThrough())
                .append(",\"view_window_seconds\":").append(r.attribution().viewWindow().toSeconds()).append('}');
        sb.append(",\"unattributed_conversions\":").append(r.unattributedConversions());
        sb.append(",\"rows\":[");
        for (int i = 0; i < r.rows().size(); i++) {
            if (i > 0) {
                sb.append(',');
            }
            jsonRow(sb, r.rows().get(i));
        }
        sb.append("],\"total\":");
        jsonRow(sb, r.total());
        return sb.append('}').toString();
    }

    private static void jsonRow(StringBuilder sb, RevenueRow row) {
        sb.append("{\"key\":").append(jsonString(row.totals().key()));
        List<String> v = values(row);
        for (int i = 0; i < COLUMNS.size(); i++) {
            sb.append(",\"").append(COLUMNS.get(i)).append("\":").append(v.get(i) == null ? "null" : v.get(i));
        }
        sb.append('}');
    }

    static String jsonString(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
