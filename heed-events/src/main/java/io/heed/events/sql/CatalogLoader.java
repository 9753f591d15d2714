package io.heed.events.sql;

import static io.heed.events.sql.SqlValidation.literal;

import io.heed.events.ingest.IngestFormat;
import io.heed.events.ingest.IngestReport;
import io.heed.storage.Dialect;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads catalog files (items, users with consents, ads, identity links) by upsert on their key. DuckDB reads and
 * checks the file; rows without a key or with an unreadable number or boolean are quarantined with a reason.
 */
public final class CatalogLoader {
    private final Dialect dialect;

    public CatalogLoader(Dialect dialect) {
        this.dialect = dialect;
    }

    private record Spec(String table, List<String> key, List<String> columns, String select, String reason) {}

    private static Spec spec(IngestFormat format, String tenant) {
        String t = "COALESCE(NULLIF(trim(tenant_id), ''), " + literal(tenant) + ")";
        String b = "TRY_CAST(%s AS BOOLEAN)";
        return switch (format) {
            case ITEMS_CSV ->
                new Spec(
                        "items",
                        List.of("tenant_id", "item_id"),
                        List.of("tenant_id", "item_id", "category", "tags", "price", "title", "description"),
                        "SELECT " + t
                                + ", NULLIF(trim(item_id), ''), category, tags, TRY_CAST(price AS DOUBLE), title, "
                                + "description",
                        "CASE WHEN NULLIF(trim(item_id), '') IS NULL THEN 'missing_item_id' "
                                + "WHEN price IS NOT NULL AND (TRY_CAST(price AS DOUBLE) IS NULL OR TRY_CAST(price AS DOUBLE) < 0) "
                                + "THEN 'bad_price' END");
            case USERS_CSV ->
                new Spec(
                        "users",
                        List.of("tenant_id", "user_id"),
                        List.of(
                                "tenant_id",
                                "user_id",
                                "consent_personalisation",
                                "consent_advertising",
                                "consent_measurement",
                                "created_at",
                                "geo"),
                        "SELECT " + t + ", NULLIF(trim(user_id), ''), COALESCE("
                                + b.formatted("consent_personalisation")
                                + ", FALSE), COALESCE(" + b.formatted("consent_advertising") + ", FALSE), COALESCE("
                                + b.formatted("consent_measurement")
                                + ", FALSE), TRY_CAST(TRY_CAST(created_at AS TIMESTAMPTZ) "
                                + "AS TIMESTAMP), geo",
                        "CASE WHEN NULLIF(trim(user_id), '') IS NULL THEN 'missing_user_id' "
                                + "WHEN (consent_personalisation IS NOT NULL AND "
                                + b.formatted("consent_personalisation")
                                + " IS NULL) OR (consent_advertising IS NOT NULL AND "
                                + b.formatted("consent_advertising")
                                + " IS NULL) OR (consent_measurement IS NOT NULL AND "
                                + b.formatted("consent_measurement")
                                + " IS NULL) THEN 'bad_consent' END");
            case ADS_CSV ->
                new Spec(
                        "ads",
                        List.of("tenant_id", "ad_id"),
                        List.of(
                                "tenant_id",
                                "ad_id",
                                "advertiser_id",
                                "campaign_id",
                                "category",
                                "format",
                                "bid_cpm",
                                "landing_item_id"),
                        "SELECT " + t + ", NULLIF(trim(ad_id), ''), advertiser_id, campaign_id, category, format, "
                                + "TRY_CAST(bid_cpm AS DOUBLE), landing_item_id",
                        "CASE WHEN NULLIF(trim(ad_id), '') IS NULL THEN 'missing_ad_id' WHEN TRY_CAST(bid_cpm AS DOUBLE) "
                                + "IS NULL OR TRY_CAST(bid_cpm AS DOUBLE) <= 0 THEN 'bad_bid' END");
            case IDENTITIES_CSV ->
                new Spec(
                        "identity_links",
                        List.of("tenant_id", "anonymous_id"),
                        List.of("tenant_id", "anonymous_id", "user_id", "linked_at", "batch_id"),
                        "SELECT " + t + ", NULLIF(trim(anonymous_id), ''), NULLIF(trim(user_id), ''), "
                                + "CAST(CURRENT_TIMESTAMP AS TIMESTAMP), CAST(0 AS BIGINT)",
                        "CASE WHEN NULLIF(trim(anonymous_id), '') IS NULL OR NULLIF(trim(user_id), '') IS NULL "
                                + "THEN 'missing_user_id' END");
            default -> throw new IllegalArgumentException(format.cliName() + " is not a catalog format");
        };
    }

    public IngestReport load(Connection c, Path file, IngestFormat format, String tenant) throws SQLException {
        long started = System.nanoTime();
        Spec spec = spec(format, tenant);
        String source = file.getFileName().toString();
        long batch = FileIngest.newBatch(c, source, format);
        Connection reader = dialect == Dialect.DUCKDB ? c : DriverManager.getConnection("jdbc:duckdb:");
        try {
            String csv = "read_csv(" + literal(file.toAbsolutePath().toString()) + ", header = true, all_varchar = true"
                    + FormatMappings.rejects() + ")";
            List<String> present = FormatMappings.columns(reader, csv);
            String from = "(SELECT " + withMissing(present, spec) + " FROM " + csv + ") src";
            try (Statement s = reader.createStatement()) {
                s.execute("DROP TABLE IF EXISTS stage_cat");
                s.execute("CREATE TEMP TABLE stage_cat AS SELECT " + spec.reason()
                        + " AS reason, to_json(src)::VARCHAR AS raw, " + "* FROM " + from);
            }
            Map<String, Long> reasons = new HashMap<>();
            long rows = 0;
            try (Statement s = reader.createStatement();
                    ResultSet r = s.executeQuery("SELECT COALESCE(reason, ''), COUNT(*) FROM stage_cat GROUP BY 1")) {
                while (r.next()) {
                    rows += r.getLong(2);
                    if (!r.getString(1).isEmpty()) {
                        reasons.put(r.getString(1), r.getLong(2));
                    }
                }
            }
            String valid = spec.select() + " FROM stage_cat WHERE reason IS NULL";
            String quarantine = "SELECT " + batch + ", " + literal(source) + ", rowid + 2, reason, 'row', reason, raw, "
                    + "CAST(CURRENT_TIMESTAMP AS TIMESTAMP) FROM stage_cat WHERE reason IS NOT NULL";
            long quarantined;
            long upserted;
            String cols = String.join(", ", spec.columns());
            String upsert = "INSERT INTO " + spec.table() + " (" + cols + ") SELECT * FROM stage_valid "
                    + "ON CONFLICT (" + String.join(", ", spec.key()) + ") "
                    + (format == IngestFormat.IDENTITIES_CSV
                            ? "DO NOTHING"
                            : "DO UPDATE SET "
                                    + spec.columns().stream()
                                            .filter(x -> !spec.key().contains(x))
                                            .map(x -> x + " = EXCLUDED." + x)
                                            .reduce((a, b) -> a + ", " + b)
                                            .orElseThrow());
            if (dialect == Dialect.DUCKDB) {
                try (Statement s = c.createStatement()) {
                    quarantined = s.executeUpdate("INSERT INTO quarantine " + quarantine);
                    s.execute("DROP TABLE IF EXISTS stage_valid");
                    s.execute("CREATE TEMP TABLE stage_valid AS " + valid);
                    upserted = s.executeUpdate(upsert);
                    s.execute("DROP TABLE stage_valid");
                    s.execute("DROP TABLE stage_cat");
                }
            } else {
                quarantined = PostgresCopy.copy(reader, quarantine, c, "quarantine");
                try (Statement s = c.createStatement()) {
                    s.execute("CREATE TEMP TABLE stage_valid (LIKE " + spec.table()
                            + " INCLUDING DEFAULTS) ON COMMIT DROP");
                }
                PostgresCopy.copy(reader, valid, c, "stage_valid");
                try (Statement s = c.createStatement()) {
                    upserted = s.executeUpdate(upsert);
                }
            }
            if (format == IngestFormat.IDENTITIES_CSV) {
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("UPDATE events SET user_id = l.user_id FROM identity_links l WHERE "
                            + "events.tenant_id = l.tenant_id AND events.anonymous_id = l.anonymous_id "
                            + "AND events.user_id = events.anonymous_id");
                }
            }
            return new IngestReport(
                    source,
                    format.cliName(),
                    rows,
                    upserted,
                    rows - quarantined - upserted,
                    quarantined,
                    reasons,
                    format == IngestFormat.IDENTITIES_CSV ? upserted : 0,
                    Duration.ofNanos(System.nanoTime() - started));
        } finally {
            if (reader != c) {
                reader.close();
            }
        }
    }

    /** Selects the file's columns, with NULL for spec columns the file lacks. */
    private static String withMissing(List<String> present, Spec spec) {
        StringBuilder sb = new StringBuilder();
        for (String col : spec.columns()) {
            if (col.equals("linked_at") || col.equals("batch_id")) {
                continue;
            }
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(present.contains(col) ? SqlValidation.q(col) : "CAST(NULL AS VARCHAR) AS " + col);
        }
        return sb.toString();
    }
}
