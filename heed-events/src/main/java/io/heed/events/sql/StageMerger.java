package io.heed.events.sql;

import io.heed.storage.Dialect;
import io.heed.storage.Sql;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Moves validated rows from the relation {@code stage_ok} into {@code events}, in the caller's transaction:
 * records identity links carried by the rows, resolves each row's user through the links, skips duplicates (by
 * tenant and event id, within the batch and against the store), and re-attributes earlier anonymous events of
 * newly linked devices. Portable SQL, run by both stores.
 *
 * <p>{@code stage_ok} columns: seq, tenant_id, event_id, event_type, raw_user_id, anonymous_id, item_id, ad_id,
 * ts, value, placement, position, device, platform, geo, session_id, page, attributes.
 */
public final class StageMerger {
    private static final Logger LOG = LoggerFactory.getLogger(StageMerger.class);
    /** DDL of a typed stage table, for sources that write rows one by one (HTTP, Java API, PostgreSQL loads). */
    public static String stageTableDdl(Dialect d) {
        String text = d == Dialect.POSTGRES ? "TEXT" : "VARCHAR";
        String dbl = d == Dialect.POSTGRES ? "DOUBLE PRECISION" : "DOUBLE";
        return "CREATE TEMP TABLE stage_ok (seq BIGINT, tenant_id " + text + ", event_id " + text + ", event_type "
                + text + ", raw_user_id " + text + ", anonymous_id " + text + ", item_id " + text + ", ad_id " + text
                + ", ts TIMESTAMP, value " + dbl + ", placement " + text + ", position INTEGER, device " + text
                + ", platform " + text + ", geo " + text + ", session_id " + text + ", page " + text + ", attributes "
                + text + ")" + (d == Dialect.POSTGRES ? " ON COMMIT DROP" : "");
    }

    /** The outcome of a merge. */
    public record Merged(long valid, long inserted, long newLinks) {
        public long duplicates() {
            return valid - inserted;
        }
    }

    private final Dialect dialect;

    public StageMerger(Dialect dialect) {
        this.dialect = dialect;
    }

    public Merged merge(Connection c, long batchId) throws SQLException {
        return merge(c, batchId, true);
    }

    /**
     * As {@link #merge(Connection, long)}; {@code checkStored = false} skips the check against stored events,
     * for callers that know no key of the stage is stored ({@link EventKeyFilter}).
     */
    public Merged merge(Connection c, long batchId, boolean checkStored) throws SQLException {
        try (Statement s = c.createStatement()) {
            long t0 = System.nanoTime();
            long valid = Sql.count(s, "SELECT COUNT(*) FROM stage_ok");
            long t1 = System.nanoTime();
            long links = s.executeUpdate(
                    "INSERT INTO identity_links (tenant_id, anonymous_id, user_id, linked_at, batch_id) "
                            + "SELECT s.tenant_id, s.anonymous_id, MIN(s.raw_user_id), MIN(s.ts), " + batchId
                            + " FROM stage_ok s "
                            + "WHERE s.raw_user_id IS NOT NULL AND s.anonymous_id IS NOT NULL AND s.raw_user_id <> s.anonymous_id "
                            + "AND NOT EXISTS (SELECT 1 FROM identity_links l WHERE l.tenant_id = s.tenant_id "
                            + "AND l.anonymous_id = s.anonymous_id) GROUP BY s.tenant_id, s.anonymous_id");
            long t2 = System.nanoTime();
            s.execute("DROP TABLE IF EXISTS stage_dup");
            // Later copies of an event id within the batch; the first (lowest seq) is kept. Grouping 64-bit hashes
            // is several times cheaper than grouping the strings; colliding hashes are only candidates, and the
            // exact grouping on the strings runs over those few rows.
            String hash = dialect.eventKeyHash();
            s.execute(
                    "CREATE TEMP TABLE stage_dup AS SELECT s.seq FROM stage_ok s JOIN (SELECT tenant_id, event_id, "
                            + "MIN(seq) AS keep FROM stage_ok WHERE " + hash + " IN (SELECT h FROM (SELECT " + hash
                            + " AS h "
                            + "FROM stage_ok) hashes GROUP BY h HAVING COUNT(*) > 1) GROUP BY tenant_id, event_id "
                            + "HAVING COUNT(*) > 1) d ON s.tenant_id = d.tenant_id AND s.event_id = d.event_id WHERE s.seq <> d.keep");
            long t3 = System.nanoTime();
            long inserted =
                    s.executeUpdate("INSERT INTO events (tenant_id, event_id, event_type, user_id, anonymous_id, "
                            + "item_id, ad_id, ts, value, placement, position, device, platform, geo, session_id, page, "
                            + "attributes, batch_id) SELECT s.tenant_id, s.event_id, s.event_type, "
                            + "COALESCE(s.raw_user_id, l.user_id, s.anonymous_id), s.anonymous_id, s.item_id, s.ad_id, s.ts, "
                            + "s.value, s.placement, s.position, s.device, s.platform, s.geo, s.session_id, s.page, "
                            + "s.attributes, " + batchId + " FROM stage_ok s LEFT JOIN identity_links l "
                            + "ON l.tenant_id = s.tenant_id AND l.anonymous_id = s.anonymous_id "
                            + "WHERE NOT EXISTS (SELECT 1 FROM stage_dup d WHERE d.seq = s.seq) "
                            + (checkStored
                                    ? "AND NOT EXISTS (SELECT 1 FROM events e WHERE e.tenant_id = s.tenant_id "
                                            + "AND e.event_id = s.event_id)"
                                    : "")
                            + dialect.onConflictIgnore());
            long t4 = System.nanoTime();
            if (links > 0) {
                // Stitch retroactively: events seen before the device was linked were stored under the device id.
                s.executeUpdate("UPDATE events SET user_id = l.user_id FROM identity_links l WHERE l.batch_id = "
                        + batchId + " AND events.tenant_id = l.tenant_id AND events.anonymous_id = l.anonymous_id "
                        + "AND events.user_id = events.anonymous_id");
            }
            s.execute("DROP TABLE stage_dup");
            LOG.debug(
                    "merge: count {} ms, links {} ms, in-batch duplicates {} ms, insert {} ms, stitch {} ms",
                    ms(t1 - t0),
                    ms(t2 - t1),
                    ms(t3 - t2),
                    ms(t4 - t3),
                    ms(System.nanoTime() - t4));
            return new Merged(valid, inserted, links);
        }
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }
}
