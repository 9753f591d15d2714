package io.heed.events.sql;

import io.heed.events.validate.EventIds;
import io.heed.events.validate.FieldGrammar;
import io.heed.events.validate.RejectReason;
import io.heed.events.validate.ValidationPolicy;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The validation rules of {@link io.heed.events.validate.EventValidator} (trimming spaces, as its TRIMMED says), written as one DuckDB query so bulk
 * loads stay inside the database. The input relation has the canonical columns as text
 * ({@link #CANONICAL}); the output is typed and resolved. {@code SqlValidationConformanceTest} runs the
 * same rows through both implementations. The input also has {@code malformed} (the reader could not parse the
 * row) and {@code raw_line} (its text, when it is not the fields themselves). The output has the columns of the
 * stage (see {@link StageMerger}) plus {@code reason} (null when valid) and {@code raw} (the row's text, only when
 * rejected).
 */
public final class SqlValidation {
    /** The canonical event columns, all text, in this order. */
    public static final List<String> CANONICAL = List.of(
            "tenant_id",
            "event_id",
            "type",
            "user_id",
            "anonymous_id",
            "item_id",
            "ad_id",
            "timestamp",
            "value",
            "placement",
            "position",
            "device",
            "platform",
            "geo",
            "session_id",
            "page",
            "attributes");

    private static final DateTimeFormatter TS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

    private SqlValidation() {}

    /** A SELECT over {@code mapped} (a subquery producing {@link #CANONICAL}) that validates every row. */
    public static String validatingSelect(String mapped, ValidationPolicy policy) {
        String normalised = CANONICAL.stream()
                .map(c -> {
                    String col = q(c);
                    // trim() on every value costs ~20% of a bulk load; a LIKE test first costs a third of that.
                    String e = "CASE WHEN " + col + " LIKE ' %' OR " + col + " LIKE '% ' OR " + col + " = '' THEN "
                            + "NULLIF(trim(" + col + "), '') ELSE " + col + " END";
                    if (c.equals("type")) {
                        e = "lower(" + e + ")";
                    }
                    if (c.equals("attributes")) {
                        e = col;
                    }
                    return e + " AS " + col;
                })
                .collect(Collectors.joining(",\n  "));
        String earliest = TS.format(LocalDateTime.ofInstant(policy.earliest(), ZoneOffset.UTC));
        String latest = TS.format(LocalDateTime.ofInstant(policy.latestAccepted(), ZoneOffset.UTC));
        String types = inList(policy.types().names());
        String required = policy.types().valueRequiredNames().isEmpty()
                ? "''"
                : inList(policy.types().valueRequiredNames());
        int max = policy.maxFieldLength();
        String longCheck = List.of(
                        "tenant_id",
                        "event_id",
                        "user_id",
                        "anonymous_id",
                        "item_id",
                        "ad_id",
                        "placement",
                        "device",
                        "platform",
                        "geo",
                        "session_id",
                        "page")
                .stream()
                .map(c -> "strlen(" + (c.equals("tenant_id") ? tenantExpr(policy) : q(c)) + ") > " + max)
                .collect(Collectors.joining(" OR "));
        String raw = "COALESCE(raw_line, json_object("
                + CANONICAL.stream().map(c -> "'" + c + "', " + q(c)).collect(Collectors.joining(", ")) + ")::VARCHAR)";
        // Only the typed columns and, for rejected rows, their raw text are kept: a narrow stage is cheaper to write.
        return "SELECT reason, CASE WHEN reason IS NOT NULL THEN " + raw + " END AS raw, tenant_v AS tenant_id, "
                + "event_id_v AS event_id, \"type\" AS event_type, user_id AS raw_user_id, anonymous_id, item_id, "
                + "ad_id, ts_v AS ts, value_v AS value, placement, pos_v AS position, device, platform, geo, "
                + "session_id, page, attributes FROM (SELECT *,\n"
                + " CASE\n"
                + "  WHEN malformed THEN '" + RejectReason.MALFORMED_ROW.code() + "'\n"
                + "  WHEN user_id IS NULL AND anonymous_id IS NULL THEN '" + RejectReason.MISSING_USER_ID.code() + "'\n"
                + "  WHEN item_id IS NULL AND ad_id IS NULL THEN '" + RejectReason.MISSING_ITEM_ID.code() + "'\n"
                + "  WHEN \"type\" IS NULL OR \"type\" NOT IN (" + types + ") THEN '"
                + RejectReason.UNKNOWN_EVENT_TYPE.code() + "'\n"
                + "  WHEN ts_v IS NULL THEN '" + RejectReason.BAD_TIMESTAMP.code() + "'\n"
                + "  WHEN ts_v < TIMESTAMP '" + earliest + "' THEN '" + RejectReason.TIMESTAMP_TOO_EARLY.code() + "'\n"
                + "  WHEN ts_v > TIMESTAMP '" + latest + "' THEN '" + RejectReason.TIMESTAMP_IN_FUTURE.code() + "'\n"
                + "  WHEN \"value\" IS NOT NULL AND (value_v IS NULL OR isinf(value_v) OR isnan(value_v)) THEN '"
                + RejectReason.NON_NUMERIC_VALUE.code() + "'\n"
                + "  WHEN value_v < 0 THEN '" + RejectReason.NEGATIVE_VALUE.code() + "'\n"
                + "  WHEN \"value\" IS NULL AND \"type\" IN (" + required + ") THEN '"
                + RejectReason.MISSING_VALUE.code() + "'\n"
                + "  WHEN \"position\" IS NOT NULL AND (pos_v IS NULL OR pos_v < 0) THEN '"
                + RejectReason.BAD_POSITION.code() + "'\n"
                + "  WHEN " + longCheck + " THEN '" + RejectReason.FIELD_TOO_LONG.code() + "'\n"
                + " END AS reason,\n"
                + " " + tenantExpr(policy) + " AS tenant_v,\n"
                + " " + eventIdExpr() + " AS event_id_v\n"
                + "FROM (SELECT *,\n"
                + "  " + timestampExpr() + " AS ts_v,\n"
                + "  CASE WHEN regexp_full_match(\"value\", '" + FieldGrammar.DECIMAL
                + "') THEN TRY_CAST(\"value\" AS DOUBLE) END AS value_v,\n"
                + "  CASE WHEN regexp_full_match(\"position\", '" + FieldGrammar.INTEGER
                + "') THEN CAST(\"position\" AS INTEGER) END AS pos_v\n"
                + " FROM (SELECT\n  " + normalised + ", malformed, raw_line\n FROM (" + mapped
                + ") raw_rows) normalised_rows) typed_rows) checked_rows";
    }

    private static String timestampExpr() {
        String num = "CAST(\"timestamp\" AS DOUBLE)";
        return "CASE WHEN regexp_full_match(\"timestamp\", '" + FieldGrammar.EPOCH_NUMBER + "') THEN"
                + " make_timestamp(CAST(trunc(CASE WHEN " + num + " > " + (long) FieldGrammar.MILLIS_THRESHOLD
                + " THEN " + num + " * 1000 ELSE " + num + " * 1000000 END) AS BIGINT))"
                + " WHEN regexp_full_match(\"timestamp\", '" + FieldGrammar.ISO_TIMESTAMP_SHAPE + "') THEN"
                // A cast to TIMESTAMP ignores offsets, so only texts with one (a sign after the date) take the
                // four times slower TIMESTAMPTZ route; 'Z' and no offset both mean UTC.
                + " CASE WHEN contains(substr(\"timestamp\", 11), '+') OR contains(substr(\"timestamp\", 11), '-')"
                + " THEN TRY_CAST(TRY_CAST(\"timestamp\" AS TIMESTAMPTZ) AS TIMESTAMP)"
                + " ELSE TRY_CAST(\"timestamp\" AS TIMESTAMP) END END";
    }

    private static String tenantExpr(ValidationPolicy policy) {
        return "COALESCE(tenant_id, " + literal(policy.defaultTenant()) + ")";
    }

    /** The event id, or the derived one of {@link EventIds} when the row has none. */
    static String eventIdExpr() {
        return "COALESCE(event_id, '" + EventIds.PREFIX + "' || md5(concat_ws('|', COALESCE(\"type\", ''), "
                + "COALESCE(user_id, ''), COALESCE(anonymous_id, ''), COALESCE(item_id, ''), COALESCE(ad_id, ''), "
                + "COALESCE(\"timestamp\", ''), COALESCE(\"value\", ''))))";
    }

    private static String inList(java.util.Collection<String> names) {
        return names.stream().map(SqlValidation::literal).collect(Collectors.joining(", "));
    }

    static String literal(String s) {
        return "'" + s.replace("'", "''") + "'";
    }

    static String q(String column) {
        return "\"" + column + "\"";
    }
}
