package io.heed.server.http;

import com.fasterxml.jackson.core.JsonGenerator;
import io.heed.events.ingest.Quarantined;
import io.heed.server.ingest.BatchParse;
import io.heed.server.ingest.BatchParser;
import io.heed.server.ingest.GroupCommitWriter;
import io.heed.server.ingest.IngestOutcome;
import io.heed.server.ingest.IngestStats;
import io.vertx.core.Future;
import io.vertx.core.WorkerExecutor;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /v1/events}: reads the body (bounded), parses and validates it on a parse thread, hands the batch to
 * the group-commit writer and answers 200 only once the group holding it is committed.
 */
public final class EventRoutes {
    static final String PATH = "/v1/events";
    private static final Logger LOG = LoggerFactory.getLogger(EventRoutes.class);

    private final BatchParser parser;
    private final GroupCommitWriter writer;
    private final WorkerExecutor parsePool;
    private final Semaphore pendingParses;
    private final IngestStats stats;
    private final long maxBodyBytes;
    private final int maxBatchEvents;
    private final AtomicLong requestSeq = new AtomicLong();

    public EventRoutes(
            BatchParser parser,
            GroupCommitWriter writer,
            WorkerExecutor parsePool,
            int maxPendingParses,
            IngestStats stats,
            long maxBodyBytes,
            int maxBatchEvents) {
        this.parser = parser;
        this.writer = writer;
        this.parsePool = parsePool;
        this.pendingParses = new Semaphore(maxPendingParses);
        this.stats = stats;
        this.maxBodyBytes = maxBodyBytes;
        this.maxBatchEvents = maxBatchEvents;
    }

    public void mount(Router router) {
        // Vert.x Web runs body handlers before user handlers on one route, so the cheap check gets its own route.
        router.post(PATH).handler(this::checkContentType);
        router.post(PATH)
                .handler(BodyHandler.create(false).setBodyLimit(maxBodyBytes).setPreallocateBodyBuffer(false))
                .handler(this::ingest);
    }

    private void checkContentType(RoutingContext ctx) {
        String ct = ctx.request().getHeader("Content-Type");
        String media = ct == null ? "" : ct.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!media.equals("application/json") && !media.endsWith("+json")) {
            JsonResponses.errorAndClose(
                    ctx,
                    415,
                    "unsupported_media_type",
                    "POST " + PATH + " takes " + "Content-Type: application/json, got "
                            + (ct == null ? "none" : "'" + ct + "'"));
            return;
        }
        ctx.next();
    }

    private void ingest(RoutingContext ctx) {
        Buffer body = ctx.body().buffer();
        if (body == null || body.length() == 0) {
            JsonResponses.error(
                    ctx,
                    400,
                    "empty_body",
                    "the body is empty; send a JSON array of events or " + "{\"events\": [...]}");
            return;
        }
        if (!writer.hasRoom() || !pendingParses.tryAcquire()) {
            busy(ctx);
            return;
        }
        byte[] bytes = body.getBytes();
        String source = GroupCommitWriter.SOURCE + "#r" + requestSeq.incrementAndGet();
        Future<BatchParse> parsed;
        try {
            parsed = parsePool.executeBlocking(() -> parser.parse(bytes, source), false);
        } catch (RuntimeException e) {
            pendingParses.release();
            throw e;
        }
        parsed.onComplete(ar -> {
            pendingParses.release();
            if (ar.failed()) {
                ctx.fail(500, ar.cause());
                return;
            }
            respond(ctx, ar.result());
        });
    }

    private void respond(RoutingContext ctx, BatchParse parse) {
        if (parse instanceof BatchParse.Invalid inv) {
            JsonResponses.invalidJson(ctx, inv.index(), inv.field(), inv.message());
        } else if (parse instanceof BatchParse.TooManyEvents) {
            JsonResponses.error(
                    ctx, 413, "too_many_events", "a batch may hold at most " + maxBatchEvents + " events; split it");
        } else {
            store(ctx, (BatchParse.Parsed) parse);
        }
    }

    private void store(RoutingContext ctx, BatchParse.Parsed p) {
        Optional<CompletableFuture<IngestOutcome>> queued = writer.submit(p.batch());
        if (queued.isEmpty()) {
            busy(ctx);
            return;
        }
        Future.fromCompletionStage(queued.get(), ctx.vertx().getOrCreateContext())
                .onComplete(ar -> {
                    if (ar.failed()) {
                        LOG.warn(
                                "a batch of {} records was not stored: {}",
                                p.batch().received(),
                                ar.cause().getClass().getName());
                        JsonResponses.error(
                                ctx,
                                500,
                                "store_failed",
                                "the batch was not stored (nothing of it was " + "committed); retrying is safe");
                        return;
                    }
                    IngestOutcome o = ar.result();
                    JsonResponses.send(ctx, 200, g -> writeOutcome(g, o));
                });
    }

    private void busy(RoutingContext ctx) {
        stats.busyRejected();
        ctx.response().putHeader("Retry-After", "1");
        JsonResponses.error(ctx, 503, "busy", "the ingest queue is full; retry after 1 second");
    }

    static void writeOutcome(JsonGenerator g, IngestOutcome o) throws IOException {
        g.writeStartObject();
        g.writeNumberField("received", o.received());
        g.writeNumberField("accepted", o.accepted());
        g.writeNumberField("duplicates", o.duplicates());
        g.writeArrayFieldStart("quarantined");
        for (Quarantined q : o.quarantined()) {
            g.writeStartObject();
            g.writeNumberField("index", q.index());
            g.writeStringField("reason", q.reason());
            g.writeStringField("field", q.field());
            g.writeStringField("message", q.message());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }
}
