package io.heed.events.sql;

import io.heed.storage.HeedStore;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The live counts the server's {@code GET /v1/stats} shows: stored and quarantined events and the latest ingest
 * batch (column → value; numbers as {@code Long}, timestamps as ISO-8601 UTC text ending in Z, null when absent).
 */
public record IngestCounts(long events, long quarantined, Map<String, Object> lastBatch) {

    public static IngestCounts read(HeedStore store) {
        return store.read(c -> {
            try (Statement s = c.createStatement()) {
                long events;
                long quarantined;
                try (ResultSet r = s.executeQuery(
                        "SELECT (SELECT COUNT(*) FROM events), " + "(SELECT COUNT(*) FROM quarantine)")) {
                    r.next();
                    events = r.getLong(1);
                    quarantined = r.getLong(2);
                }
                Map<String, Object> last = null;
                try (ResultSet r = s.executeQuery("SELECT batch_id, source, format, started_at, finished_at, "
                        + "rows_read, accepted, duplicates, quarantined FROM ingest_batches "
                        + "ORDER BY batch_id DESC LIMIT 1")) {
                    if (r.next()) {
                        last = row(r);
                    }
                }
                return new IngestCounts(events, quarantined, last);
            }
        });
    }

    private static Map<String, Object> row(ResultSet r) throws SQLException {
        ResultSetMetaData md = r.getMetaData();
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 1; i <= md.getColumnCount(); i++) {
            String name = md.getColumnLabel(i).toLowerCase(Locale.ROOT);
            int type = md.getColumnType(i);
            if (type == Types.BIGINT || type == Types.INTEGER) {
                long v = r.getLong(i);
                m.put(name, r.wasNull() ? null : v);
            } else if (type == Types.TIMESTAMP) {
                // Stored in UTC (the store's session time zone): shown as ISO-8601 with Z.
                String t = r.getString(i);
                m.put(name, t == null ? null : t.replace(' ', 'T') + "Z");
            } else {
                m.put(name, r.getString(i));
            }
        }
        return m;
    }
}
