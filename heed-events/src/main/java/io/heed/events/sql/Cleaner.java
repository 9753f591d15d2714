package io.heed.events.sql;

import io.heed.storage.HeedStore;
import io.heed.storage.Sql;
import java.sql.Statement;

/**
 * Post-ingest cleaning over the whole store, in SQL both databases run: flags bot users (their events stay in
 * {@code events} but leave the {@code clean_events} view every later stage reads, so the decision is reversible
 * and nothing is deleted) and rebuilds sessions from clean events by the inactivity gap.
 */
public final class Cleaner {
    private final HeedStore store;

    public Cleaner(HeedStore store) {
        this.store = store;
    }

    /** What cleaning found. */
    public record Report(long botUsers, long botEvents, long sessions) {}

    public Report clean(CleaningConfig cfg) {
        return store.write(c -> {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("DELETE FROM bot_users WHERE rule LIKE 'rate:%'");
                s.executeUpdate("INSERT INTO bot_users (tenant_id, user_id, rule, peak_per_minute, flagged_at) "
                        + "SELECT tenant_id, user_id, 'rate: > " + cfg.maxEventsPerMinute() + " events or > "
                        + cfg.maxClicksPerMinute() + " clicks in a minute', MAX(n), CURRENT_TIMESTAMP FROM ("
                        + "SELECT tenant_id, user_id, COUNT(*) AS n, SUM(CASE WHEN event_type = 'click' THEN 1 ELSE 0 END) "
                        + "AS clicks FROM events GROUP BY tenant_id, user_id, date_trunc('minute', ts)) per_minute "
                        + "GROUP BY tenant_id, user_id HAVING MAX(n) > " + cfg.maxEventsPerMinute()
                        + " OR MAX(clicks) > " + cfg.maxClicksPerMinute());
                s.executeUpdate("DELETE FROM sessions");
                String gap = "INTERVAL '" + cfg.sessionGap().toSeconds() + " seconds'";
                long sessions = s.executeUpdate("INSERT INTO sessions (tenant_id, user_id, session_no, started_at, "
                        + "ended_at, events) SELECT tenant_id, user_id, session_no, MIN(ts), MAX(ts), COUNT(*) FROM ("
                        + "SELECT tenant_id, user_id, ts, SUM(new_session) OVER (PARTITION BY tenant_id, user_id "
                        + "ORDER BY ts ROWS UNBOUNDED PRECEDING) AS session_no FROM ("
                        + "SELECT tenant_id, user_id, ts, CASE WHEN prev_ts IS NULL OR ts - prev_ts > " + gap
                        + " THEN 1 ELSE 0 END AS new_session FROM (SELECT tenant_id, user_id, ts, "
                        + "LAG(ts) OVER (PARTITION BY tenant_id, user_id ORDER BY ts) AS prev_ts FROM clean_events) "
                        + "with_prev) flagged) numbered GROUP BY tenant_id, user_id, session_no");
                long bots = Sql.count(s, "SELECT COUNT(*) FROM bot_users");
                long botEvents = Sql.count(
                        s,
                        "SELECT COUNT(*) FROM events e JOIN bot_users b "
                                + "ON b.tenant_id = e.tenant_id AND b.user_id = e.user_id");
                return new Report(bots, botEvents, sessions);
            }
        });
    }
}
