package io.heed.server.http;

import com.fasterxml.jackson.core.JsonGenerator;
import io.heed.events.sql.IngestCounts;
import io.heed.server.ingest.GroupCommitWriter;
import io.heed.server.ingest.IngestStats;
import io.heed.storage.HeedStore;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.io.IOException;
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
    private void stats(RoutingContext ctx) {
        ctx.vertx().executeBlocking(() -> IngestCounts.read(store), false).onComplete(ar -> {
            if (ar.failed()) {
                ctx.fail(500, ar.cause());
                return;
            }
            IngestCounts c = ar.result();
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
