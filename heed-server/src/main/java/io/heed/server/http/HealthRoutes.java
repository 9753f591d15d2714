package io.heed.server.http;

import io.heed.server.ingest.GroupCommitWriter;
import io.heed.storage.HeedStore;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.Locale;

/** {@code GET /v1/health}: 200 {@code {"status":"ok","store":"duckdb"}} while the store writer runs, else 503. */
public final class HealthRoutes {
    private final String storeName;
    private final GroupCommitWriter writer;

    public HealthRoutes(HeedStore store, GroupCommitWriter writer) {
        this.storeName = store.dialect().name().toLowerCase(Locale.ROOT);
        this.writer = writer;
    }

    public void mount(Router router) {
        router.get("/v1/health").handler(this::health);
    }

    private void health(RoutingContext ctx) {
        boolean up = writer.isRunning();
        JsonResponses.send(ctx, up ? 200 : 503, g -> {
            g.writeStartObject();
            g.writeStringField("status", up ? "ok" : "writer_stopped");
            g.writeStringField("store", storeName);
            g.writeEndObject();
        });
    }
}
