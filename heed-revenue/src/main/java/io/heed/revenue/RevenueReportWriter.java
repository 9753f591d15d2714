package io.heed.revenue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * Writes a {@link RevenueReport} as CSV or JSON (Jackson's generator), and gives the cells of its text table for the
 * CLI's table printer to align. Undefined metrics print as {@code n/a} in the table, an empty field in CSV and
 * {@code null} in JSON: never as NaN. The JSON is the body of {@code GET /v1/reports/revenue} too, so the CLI and the
 * API agree.
 */
public final class RevenueReportWriter {
    static final List<String> COLUMNS = List.of(
            "impressions",
            "clicks",
            "conversions",
            "view_conversions",
            "revenue",
            "conversion_value",
            "page_views",
            "users",
            "ctr",
            "cvr",
            "ecpm",
            "rpm",
            "arpu",
            "roas");

    private static final JsonFactory JSON = new JsonFactory();

    private RevenueReportWriter() {}

    /**
     * The report as table cells for a front door to render: the header, one line per row, then {@code TOTAL};
     * numbers already formatted (thousands separators, fixed decimals, {@code n/a} where undefined).
     */
    public static List<String[]> tableRows(RevenueReport r) {
        List<String[]> lines = new ArrayList<>();
        List<String> head = new ArrayList<>(List.of(r.by().wire()));
        head.addAll(List.of(
                "impr",
                "clicks",
                "conv",
                "view_conv",
                "revenue",
                "conv_value",
                "CTR %",
                "CVR %",
                "eCPM",
                "RPM",
                "ARPU",
                "ROAS"));
        lines.add(head.toArray(String[]::new));
        for (RevenueRow row : r.rows()) {
            lines.add(textRow(row.totals().key(), row));
        }
        lines.add(textRow("TOTAL", r.total()));
        return lines;
    }

    /** The lines printed under the table: the attribution rule, unattributed conversions, an empty store. */
    public static String tableNotes(RevenueReport r) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(
                Locale.ROOT,
                "attribution: last click within %s%s; %,d conversions unattributed%n",
                span(r.attribution().clickWindow()),
                r.attribution().viewThrough()
                        ? ", else last impression within "
                                + span(r.attribution().viewWindow())
                        : "",
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
        return new String[] {
            key,
            String.format("%,d", t.impressions()),
            String.format("%,d", t.clicks()),
            String.format("%,d", t.clickConversions()),
            String.format("%,d", t.viewConversions()),
            String.format(Locale.ROOT, "%,.2f", t.revenue()),
            String.format(Locale.ROOT, "%,.2f", t.conversionValue()),
            Ratio.text(scale(row.ctr(), 100), 3),
            Ratio.text(scale(row.cvr(), 100), 2),
            Ratio.text(row.ecpm(), 3),
            Ratio.text(row.rpm(), 3),
            Ratio.text(row.arpu(), 4),
            Ratio.text(row.roas(), 2)
        };
    }

    private static OptionalDouble scale(OptionalDouble v, double f) {
        return v.isPresent() ? OptionalDouble.of(v.getAsDouble() * f) : v;
    }

    public static String csv(RevenueReport r) {
        StringBuilder sb = new StringBuilder(r.by().wire())
                .append(',')
                .append(String.join(",", COLUMNS))
                .append('\n');
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
        StringWriter out = new StringWriter(512);
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("by", r.by().wire());
            g.writeObjectFieldStart("attribution");
            g.writeNumberField(
                    "click_window_seconds", r.attribution().clickWindow().toSeconds());
            g.writeBooleanField("view_through", r.attribution().viewThrough());
            g.writeNumberField(
                    "view_window_seconds", r.attribution().viewWindow().toSeconds());
            g.writeEndObject();
            g.writeNumberField("unattributed_conversions", r.unattributedConversions());
            g.writeArrayFieldStart("rows");
            for (RevenueRow row : r.rows()) {
                jsonRow(g, row);
            }
            g.writeEndArray();
            g.writeFieldName("total");
            jsonRow(g, r.total());
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing the revenue report to memory failed", e);
        }
        return out.toString();
    }

    /** Counts as integers, money and metrics as {@link Double#toString} text (Jackson's), undefined as null. */
    private static void jsonRow(JsonGenerator g, RevenueRow row) throws IOException {
        LedgerTotals t = row.totals();
        g.writeStartObject();
        g.writeStringField("key", t.key());
        g.writeNumberField("impressions", t.impressions());
        g.writeNumberField("clicks", t.clicks());
        g.writeNumberField("conversions", t.clickConversions());
        g.writeNumberField("view_conversions", t.viewConversions());
        g.writeNumberField("revenue", t.revenue());
        g.writeNumberField("conversion_value", t.conversionValue());
        g.writeNumberField("page_views", t.pageViews());
        g.writeNumberField("users", t.users());
        List<OptionalDouble> metrics = List.of(row.ctr(), row.cvr(), row.ecpm(), row.rpm(), row.arpu(), row.roas());
        for (int i = 0; i < metrics.size(); i++) {
            g.writeFieldName(COLUMNS.get(8 + i));
            if (metrics.get(i).isPresent()) {
                g.writeNumber(metrics.get(i).getAsDouble());
            } else {
                g.writeNull();
            }
        }
        g.writeEndObject();
    }
}
