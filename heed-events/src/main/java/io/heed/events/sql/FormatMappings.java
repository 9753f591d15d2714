package io.heed.events.sql;

import static io.heed.events.sql.SqlValidation.literal;
import static io.heed.events.sql.SqlValidation.q;

import io.heed.events.ingest.IngestFormat;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * For each event {@link IngestFormat}, a DuckDB query that reads the file and yields the canonical text columns
 * of {@link SqlValidation#CANONICAL}. Each public data set's mapping is documented in docs/formats.md; columns a
 * format has beyond the canonical ones go into {@code attributes} as a JSON object, so nothing is lost.
 * CSV readers keep every field as text and store structurally broken lines in the rejects table.
 */
public final class FormatMappings {
    /** Name of DuckDB's rejects table for the current load. */
    public static final String REJECTS = "heed_rejects";

    static final String REJECT_SCANS = "heed_reject_scans";
    /** Distinct rejected line numbers of the current load (see PostgresCopy.lineNumber). */
    static final String REJECTED_LINES = "heed_rejected_lines";
    /** Every mapping also yields {@code malformed} and {@code raw_line}; only JSON Lines can set them. */
    private static final String WELL_FORMED = ", FALSE AS malformed, CAST(NULL AS VARCHAR) AS raw_line";

    private FormatMappings() {}

    /** The mapping query, and how many lines precede the first data row (for line numbers). */
    public record Mapping(String sql, int headerLines, boolean csvRejects) {}

    public static Mapping of(IngestFormat format, Path file, Connection c, MappingOptions options) throws SQLException {
        String f = literal(file.toAbsolutePath().toString());
        return switch (format) {
            case EVENTS_CSV ->
                canonical("read_csv(" + f + ", header = true, all_varchar = true" + rejects() + ")", c, 1, true);
            case EVENTS_PARQUET -> canonical("read_parquet(" + f + ")", c, 0, false);
            case EVENTS_JSONL -> new Mapping(jsonLines(f), 0, true);
            case MOVIELENS_RATINGS ->
                new Mapping(
                        select(
                                Map.of(
                                        "type",
                                        "'rating'",
                                        "user_id",
                                        "userId",
                                        "item_id",
                                        "movieId",
                                        "timestamp",
                                        "\"timestamp\"",
                                        "value",
                                        "rating"),
                                "read_csv(" + f + ", header = true, all_varchar = true" + rejects() + ")"),
                        1,
                        true);
            case MOVIELENS_100K ->
                new Mapping(
                        select(
                                Map.of(
                                        "type",
                                        "'rating'",
                                        "user_id",
                                        "u",
                                        "item_id",
                                        "i",
                                        "timestamp",
                                        "t",
                                        "value",
                                        "r"),
                                "read_csv(" + f + ", header = false, delim = '\\t', "
                                        + "columns = {'u': 'VARCHAR', 'i': 'VARCHAR', 'r': 'VARCHAR', 't': 'VARCHAR'}"
                                        + rejects() + ")"),
                        0,
                        true);
            case RETAILROCKET ->
                new Mapping(
                        select(
                                Map.of(
                                        "type",
                                        "CASE \"event\" WHEN 'view' THEN 'view' "
                                                + "WHEN 'addtocart' THEN 'add_to_cart' WHEN 'transaction' THEN 'purchase' ELSE \"event\" END",
                                        "user_id",
                                        "visitorid",
                                        "item_id",
                                        "itemid",
                                        "timestamp",
                                        "\"timestamp\"",
                                        "attributes",
                                        "CASE WHEN transactionid IS NOT NULL THEN json_object('transaction_id', transactionid)::VARCHAR END"),
                                "read_csv(" + f + ", header = true, all_varchar = true" + rejects() + ")"),
                        1,
                        true);
            case TAOBAO ->
                new Mapping(
                        select(
                                Map.of(
                                        "type",
                                        "CASE b WHEN 'pv' THEN 'view' WHEN 'cart' THEN "
                                                + "'add_to_cart' WHEN 'buy' THEN 'purchase' WHEN 'fav' THEN 'favourite' ELSE b END",
                                        "user_id",
                                        "u",
                                        "item_id",
                                        "i",
                                        "timestamp",
                                        "t",
                                        "attributes",
                                        "json_object('category', cat)::VARCHAR"),
                                "read_csv(" + f + ", header = false, columns = {'u': 'VARCHAR', 'i': 'VARCHAR', "
                                        + "'cat': 'VARCHAR', 'b': 'VARCHAR', 't': 'VARCHAR'}" + rejects() + ")"),
                        0,
                        true);
            case CRITEO -> criteo(f, c, options);
            case OBD -> obd(f, file, c);
            default -> throw new IllegalArgumentException(format.cliName() + " is not an event format");
        };
    }

    static String rejects() {
        return ", store_rejects = true, rejects_table = '" + REJECTS + "', rejects_scan = '" + REJECT_SCANS + "'";
    }

    /** Canonical columns by name; absent ones are null; extra ones go to attributes. */
    private static Mapping canonical(String reader, Connection c, int headerLines, boolean csvRejects)
            throws SQLException {
        List<String> cols = columns(c, reader);
        Map<String, String> exprs = new LinkedHashMap<>();
        List<String> extra = new ArrayList<>();
        for (String col : cols) {
            String name = col.toLowerCase(Locale.ROOT);
            if (SqlValidation.CANONICAL.contains(name)) {
                exprs.put(name, "CAST(" + q(col) + " AS VARCHAR)");
            } else {
                extra.add(col);
            }
        }
        if (!exprs.containsKey("attributes") && !extra.isEmpty()) {
            exprs.put(
                    "attributes",
                    "json_object("
                            + extra.stream().map(e -> literal(e) + ", " + q(e)).collect(Collectors.joining(", "))
                            + ")::VARCHAR");
        }
        return new Mapping(select(exprs, reader), headerLines, csvRejects);
    }

    /** JSON Lines are read as text lines so that an invalid line is quarantined, not skipped. */
    private static String jsonLines(String f) {
        String reader = "read_csv(" + f + ", header = false, columns = {'line': 'VARCHAR'}, delim = chr(1), "
                + "quote = '', escape = '', auto_detect = false, strict_mode = false" + rejects() + ")";
        Map<String, String> exprs = new LinkedHashMap<>();
        for (String c : SqlValidation.CANONICAL) {
            exprs.put(
                    c,
                    c.equals("attributes")
                            ? "(line::JSON -> '$.attributes')::VARCHAR"
                            : "(line::JSON ->> '$." + c + "')");
        }
        // Rows whose line is not a JSON object get no fields and are marked malformed. The JSON cast happens only
        // on lines already known to be valid (j is null otherwise), since DuckDB may evaluate CASE branches eagerly.
        return "SELECT "
                + exprs.entrySet().stream()
                        .map(e -> "CASE WHEN is_object THEN " + e.getValue().replace("line::JSON", "j::JSON")
                                + " END AS " + q(e.getKey()))
                        .collect(Collectors.joining(", "))
                + ", NOT is_object AS malformed, line AS raw_line FROM (SELECT line, j, "
                + "COALESCE(json_type(j::JSON) = 'OBJECT', FALSE) AS is_object FROM (SELECT line, "
                + "CASE WHEN json_valid(line) THEN line END AS j FROM " + reader + ") lines) checked";
    }

    /**
     * Criteo logs have no users, items or times: each row is one impression (and a click when label = 1) of an
     * unknown user; features go to attributes, and times are spread over the options' window in row order.
     */
    private static Mapping criteo(String f, Connection c, MappingOptions o) throws SQLException {
        String csv = "read_csv(" + f + ", header = true, all_varchar = true" + rejects() + ")";
        List<String> cols = columns(c, csv);
        String label = cols.stream()
                .filter(x -> x.equalsIgnoreCase("label"))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("a Criteo file needs a 'label' column"));
        String id =
                cols.stream().filter(x -> x.equalsIgnoreCase("id")).findFirst().orElse(null);
        List<String> features = cols.stream()
                .filter(x -> !x.equalsIgnoreCase("label") && !x.equalsIgnoreCase("id"))
                .toList();
        String attrs = "json_object("
                + features.stream().map(e -> literal(e) + ", " + q(e)).collect(Collectors.joining(", ")) + ")::VARCHAR";
        String rowId = id == null ? "CAST(rn AS VARCHAR)" : q(id);
        String base = "SELECT *, row_number() OVER () AS rn FROM " + csv;
        String ts = "CAST(" + o.startEpochSeconds() + " + rn * " + o.secondsPerRow() + " AS VARCHAR)";
        String impressions = "SELECT NULL AS tenant_id, 'criteo:' || " + rowId + " || ':impression' AS event_id, "
                + "'impression' AS \"type\", 'criteo-user:' || " + rowId + " AS user_id, NULL AS anonymous_id, "
                + "NULL AS item_id, 'criteo-ad:' || " + rowId + " AS ad_id, " + ts
                + " AS \"timestamp\", NULL AS \"value\", "
                + "'criteo' AS placement, NULL AS \"position\", NULL AS device, NULL AS platform, NULL AS geo, "
                + "NULL AS session_id, NULL AS page, " + attrs + " AS attributes" + WELL_FORMED + " FROM rows";
        String clicks = impressions
                .replace("':impression'", "':click'")
                .replace("'impression' AS", "'click' AS")
                .replace("FROM rows", "FROM rows WHERE " + q(label) + " = '1'");
        return new Mapping("WITH rows AS (" + base + ") " + impressions + " UNION ALL " + clicks, 1, true);
    }

    /**
     * Open Bandit Dataset: each row is one impression (and a click when click = 1) of an item at a position
     * 1..3 (stored 0-based). OBD has no user ids: users are the hashed user-feature profile. The logging
     * propensity and features go to attributes for off-policy evaluation.
     */
    private static Mapping obd(String f, Path file, Connection c) throws SQLException {
        String csv = "read_csv(" + f + ", header = true, all_varchar = true" + rejects() + ")";
        List<String> cols = columns(c, csv);
        String index = q(cols.get(0));
        String campaign = file.getParent() == null
                ? "obd"
                : file.getParent().getFileName().toString();
        String policy = file.getParent() == null || file.getParent().getParent() == null
                ? "obd"
                : file.getParent().getParent().getFileName().toString();
        String prefix = literal("obd:" + policy + "/" + campaign + ":");
        List<String> features =
                cols.stream().filter(x -> x.startsWith("user_feature_")).toList();
        String user = "'obd-user:' || md5(concat_ws('|', "
                + features.stream().map(SqlValidation::q).collect(Collectors.joining(", ")) + "))";
        String attrs = "json_object('propensity_score', propensity_score, 'policy', " + literal(policy)
                + ", 'campaign', " + literal(campaign) + ", "
                + features.stream().map(e -> literal(e) + ", " + q(e)).collect(Collectors.joining(", ")) + ")::VARCHAR";
        String impressions = "SELECT NULL AS tenant_id, " + prefix + " || " + index + " || ':impression' AS event_id, "
                + "'impression' AS \"type\", " + user + " AS user_id, NULL AS anonymous_id, item_id, NULL AS ad_id, "
                + "\"timestamp\", NULL AS \"value\", " + literal("obd_" + campaign) + " AS placement, "
                + "CAST(TRY_CAST(\"position\" AS INTEGER) - 1 AS VARCHAR) AS \"position\", NULL AS device, "
                + "NULL AS platform, NULL AS geo, NULL AS session_id, NULL AS page, " + attrs + " AS attributes"
                + WELL_FORMED + " FROM rows";
        String clicks = impressions
                .replace("':impression'", "':click'")
                .replace("'impression' AS", "'click' AS")
                .replace("FROM rows", "FROM rows WHERE click = '1'");
        return new Mapping("WITH rows AS (SELECT * FROM " + csv + ") " + impressions + " UNION ALL " + clicks, 1, true);
    }

    private static String select(Map<String, String> exprs, String from) {
        return "SELECT "
                + SqlValidation.CANONICAL.stream()
                        .map(c -> exprs.getOrDefault(c, "NULL") + " AS " + q(c))
                        .collect(Collectors.joining(", "))
                + WELL_FORMED + " FROM " + from;
    }

    static List<String> columns(Connection c, String relation) throws SQLException {
        List<String> cols = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("DESCRIBE SELECT * FROM " + relation)) {
            while (r.next()) {
                cols.add(r.getString(1));
            }
        }
        return cols;
    }
}
