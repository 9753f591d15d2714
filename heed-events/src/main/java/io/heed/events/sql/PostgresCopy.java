package io.heed.events.sql;

import io.heed.events.validate.RejectReason;
import io.heed.storage.Dialect;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Streams rows from a DuckDB query into a PostgreSQL table with COPY (text format), and holds the DuckDB queries
 * that shape quarantined rows, shared by both stores.
 */
final class PostgresCopy {
    private PostgresCopy() {}

    /** Quarantine rows (in {@code quarantine} column order) for the invalid rows of {@code stage_all}. */
    static String quarantineSelect(long batch, String source, int headerLines) {
        String field = "CASE reason "
                + Stream.of(RejectReason.values())
                        .map(r -> "WHEN '" + r.code() + "' THEN '" + r.field() + "'")
                        .collect(Collectors.joining(" "))
                + " END";
        String message = "CASE reason "
                + Stream.of(RejectReason.values())
                        .map(r -> "WHEN '" + r.code() + "' THEN " + SqlValidation.literal(r.description()))
                        .collect(Collectors.joining(" "))
                + " END";
        return "SELECT " + batch + ", " + SqlValidation.literal(source) + ", "
                + lineNumber(headerLines, "stage_all.rowid") + ", reason, "
                + field + ", " + message + ", raw, CAST(CURRENT_TIMESTAMP AS TIMESTAMP) FROM stage_all "
                + "WHERE reason IS NOT NULL";
    }

    /**
     * The file line of a stage row. Stage rows are the parsed lines in order, so row r is line r + 1 + header,
     * shifted by every rejected line that precedes it; rejected line j (1-based rank k) has g = line - header - k
     * parsed rows before it, and precedes row r exactly when g <= r. Without a rejects table no line was rejected.
     */
    static String lineNumber(int headerLines, String ordinal) {
        return ordinal + " + " + (1 + headerLines) + " + COALESCE((SELECT COUNT(*) FROM "
                + FormatMappings.REJECTED_LINES + " j WHERE j.g <= " + ordinal + "), 0)";
    }

    /** One row per rejected line (DuckDB reports one error per bad column), with g as in {@link #lineNumber}. */
    static String rejectedLinesDdl(int headerLines) {
        return "CREATE OR REPLACE TEMP TABLE " + FormatMappings.REJECTED_LINES + " AS SELECT line, line - "
                + headerLines + " - row_number() OVER (ORDER BY line) AS g FROM (SELECT DISTINCT line FROM "
                + FormatMappings.REJECTS + ") d";
    }

    /** Quarantine rows for lines DuckDB's CSV reader could not parse, one per line. */
    static String rejectsSelect(long batch, String source) {
        return "SELECT " + batch + ", " + SqlValidation.literal(source) + ", line, '"
                + RejectReason.MALFORMED_ROW.code() + "', 'row', string_agg(DISTINCT error_message, '; '), "
                + "first(csv_line), CAST(CURRENT_TIMESTAMP AS TIMESTAMP) FROM " + FormatMappings.REJECTS
                + " GROUP BY line";
    }

    static long copyQuarantine(Connection duck, Connection pg, long batch, String source, int headerLines)
            throws SQLException {
        long n = copy(duck, quarantineSelect(batch, source, headerLines), pg, "quarantine");
        if (FileIngest.tableExists(duck, FormatMappings.REJECTS)) {
            n += copy(duck, rejectsSelect(batch, source), pg, "quarantine");
        }
        return n;
    }

    static void copyStage(Connection duck, Connection pg) throws SQLException {
        try (Statement s = pg.createStatement()) {
            s.execute("DROP TABLE IF EXISTS stage_ok");
            s.execute(StageMerger.stageTableDdl(Dialect.POSTGRES));
        }
        copy(duck, "SELECT * FROM stage_ok", pg, "stage_ok");
    }

    /** Copies every row of a DuckDB query into a PostgreSQL table with the same column order. */
    static long copy(Connection duck, String query, Connection pg, String table) throws SQLException {
        long rows = 0;
        try (Statement s = duck.createStatement();
                ResultSet r = s.executeQuery(query);
                Writer w = new BufferedWriter(
                        new OutputStreamWriter(
                                new PGCopyOutputStream(pg.unwrap(PGConnection.class), "COPY " + table + " FROM STDIN"),
                                StandardCharsets.UTF_8),
                        1 << 16)) {
            ResultSetMetaData md = r.getMetaData();
            int n = md.getColumnCount();
            while (r.next()) {
                for (int i = 1; i <= n; i++) {
                    if (i > 1) {
                        w.write('\t');
                    }
                    // DuckDB's own text form (UTC wall time for timestamps) avoids JVM time-zone conversions.
                    String v = r.getString(i);
                    if (v == null) {
                        w.write("\\N");
                    } else {
                        writeEscaped(w, v);
                    }
                }
                w.write('\n');
                rows++;
            }
        } catch (IOException e) {
            throw new SQLException("COPY into " + table + " failed: " + e.getMessage(), e);
        }
        return rows;
    }

    static void writeEscaped(Writer w, String s) throws IOException {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '\\' -> w.write("\\\\");
                case '\t' -> w.write("\\t");
                case '\n' -> w.write("\\n");
                case '\r' -> w.write("\\r");
                default -> w.write(ch);
            }
        }
    }
}
