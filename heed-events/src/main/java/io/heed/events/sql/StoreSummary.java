package io.heed.events.sql;

import io.heed.storage.HeedStore;
import io.heed.storage.Sql;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/** A snapshot of what the store holds, for the CLI summary, the demo and {@code GET /v1/stats}. */
public record StoreSummary(
        long events,
        Map<String, Long> eventsByType,
        long users,
        long items,
        long catalogItems,
        long catalogUsers,
        long ads,
        long sessions,
        long identityLinks,
        long botUsers,
        long botEvents,
        long quarantined,
        Map<String, Long> quarantinedByReason,
        String firstEvent,
        String lastEvent) {

    public static StoreSummary of(HeedStore store) {
        return store.read(StoreSummary::query);
    }

    static StoreSummary query(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            return new StoreSummary(
                    Sql.count(s, "SELECT COUNT(*) FROM events"),
                    grouped(s, "SELECT event_type, COUNT(*) FROM events GROUP BY event_type ORDER BY 2 DESC, 1"),
                    Sql.count(s, "SELECT COUNT(DISTINCT user_id) FROM clean_events"),
                    Sql.count(s, "SELECT COUNT(DISTINCT item_id) FROM clean_events"),
                    Sql.count(s, "SELECT COUNT(*) FROM items"),
                    Sql.count(s, "SELECT COUNT(*) FROM users"),
                    Sql.count(s, "SELECT COUNT(*) FROM ads"),
                    Sql.count(s, "SELECT COUNT(*) FROM sessions"),
                    Sql.count(s, "SELECT COUNT(*) FROM identity_links"),
                    Sql.count(s, "SELECT COUNT(*) FROM bot_users"),
                    Sql.count(
                            s,
                            "SELECT COUNT(*) FROM events e JOIN bot_users b ON b.tenant_id = e.tenant_id "
                                    + "AND b.user_id = e.user_id"),
                    Sql.count(s, "SELECT COUNT(*) FROM quarantine"),
                    grouped(s, "SELECT reason, COUNT(*) FROM quarantine GROUP BY reason ORDER BY 2 DESC, 1"),
                    text(s, "SELECT CAST(MIN(ts) AS VARCHAR) FROM events"),
                    text(s, "SELECT CAST(MAX(ts) AS VARCHAR) FROM events"));
        }
    }

    private static String text(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }

    private static Map<String, Long> grouped(Statement s, String sql) throws SQLException {
        Map<String, Long> m = new LinkedHashMap<>();
        try (ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                m.put(r.getString(1), r.getLong(2));
            }
        }
        return m;
    }
}
