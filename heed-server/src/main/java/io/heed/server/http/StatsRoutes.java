package io.heed.server.http;

import com.fasterxml.jackson.core.JsonGenerator;
import io.heed.server.ingest.GroupCommitWriter;
import io.heed.server.ingest.IngestStats;
import io.heed.storage.HeedStore;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.io.IOException;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code GET /v1/stats}: rows in the store (events, quarantine), the latest ingest batch, and the server's own
 * ingest counters. The store is read on the Vert.x worker pool, never on an event loop.
 */
public final class StatsRoutes {
    private final HeedStore store;
    private final GroupCommitWriter writer;
    private final IngestStats stats;

    public StatsRoutes(HeedStore store, GroupCommitWriter writer, IngestStats stats) {
        this.store = store;
        this.writer = writer;
        this.stats = stats;
    }

    public void mount(Router router) {
        router.get("/v1/stats").handler(this::stats);
    }

    /** What the store holds now. */
    record StoreCounts(long events, long quarantined, Map<String, Object> lastBatch) {
    }

    private void stats(RoutingContext ctx) {
        ctx.vertx().executeBlocking(this::readStore, false).onComplete(ar -> {
            if (ar.failed()) {
                ctx.fail(500, ar.cause());
                return;
            }
            StoreCounts c = ar.result();
            IngestStats.Snapshot s = stats.snapshot();
            JsonResponses.send(ctx, 200, g -> {
                g.writeStartObject();
                g.writeNumberField("events", c.events());
                g.writeNumberField("quarantined", c.quarantined());
                g.writeFieldName("last_batch");
                writeMap(g, c.lastBatch());
                g.writeObjectFieldStart("server");
                g.writeNumberField("acknowledged_requests", s.requests());
                g.writeNumberField("received", s.received());
                g.writeNumberField("accepted", s.accepted());
                g.writeNumberField("duplicates", s.duplicates());
                g.writeNumberField("quarantined", s.quarantined());
                g.writeNumberField("group_commits", s.groups());
                g.writeNumberField("failed_group_commits", s.failedGroups());
                g.writeNumberField("rejected_busy", s.rejectedBusy());
                g.writeNumberField("queued_rows", writer.queuedRows());
                g.writeNumberField("committing_rows", s.committingRows());
                g.writeFieldName("last_group");
                if (s.lastGroup() == null) {
                    g.writeNull();
                } else {
                    IngestStats.LastGroup lg = s.lastGroup();
                    g.writeStartObject();
                    g.writeNumberField("requests", lg.requests());
                    g.writeNumberField("events", lg.events());
                    g.writeNumberField("quarantined", lg.quarantined());
                    g.writeNumberField("append_ms", lg.appendMillis());
                    g.writeStringField("committed_at", lg.committedAt().toString());
                    g.writeEndObject();
                }
                g.writeEndObject();
                g.writeEndObject();
            });
        });
    }

    private StoreCounts readStore() {
        return store.read(c -> {
            try (Statement s = c.createStatement()) {
                long events;
                long quarantined;
                try (ResultSet r = s.executeQuery("SELECT (SELECT COUNT(*) FROM events), "
                        + "(SELECT COUNT(*) FROM quarantine)")) {
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
                return new StoreCounts(events, quarantined, last);
            }
        });
    }

    private static Map<String, Object> row(ResultSet r) throws SQLException {
        ResultSetMetaData md = r.getMetaData();
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 1; i <= md.getColumnCount(); i++) {
            String name = md.getColumnLabel(i).toLowerCase(java.util.Locale.ROOT);
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

    private static void writeMap(JsonGenerator g, Map<String, Object> m) throws IOException {
        if (m == null) {
            g.writeNull();
            return;
        }
        g.writeStartObject();
        for (Map.Entry<String, Object> e : m.entrySet()) {
            g.writeFieldName(e.getKey());
            if (e.getValue() instanceof Long l) {
                g.writeNumber(l);
            } else if (e.getValue() == null) {
                g.writeNull();
            } else {
                g.writeString(e.getValue().toString());
            }
        }
        g.writeEndObject();
    }
}
