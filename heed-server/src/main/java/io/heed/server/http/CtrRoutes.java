package io.heed.server.http;

import io.heed.ctr.Contribution;
import io.heed.ctr.CtrModel;
import io.heed.ctr.CtrModelFiles;
import io.heed.ctr.Explanation;
import io.heed.ctr.explain.WhyThisAd;
import io.heed.ctr.features.CtrRequest;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * {@code POST /v1/ctr/explain}: the click probability of one impression under the saved CTR model, its top
 * contributing features and the user-facing "why am I seeing this ad" text. Body:
 * {@code {"fields": {"user": "u1", "category": "sports"}, "numbers": {"seen": 2}, "top": 5}}. 404 until
 * {@code heed ctr train} has saved a model; the file is re-read when it changes.
 */
public final class CtrRoutes {
    private static final int MAX_BODY = 64 * 1024;
    private final Path modelFile;
    private CtrModel cached;
    private long cachedModified = -1;

    /** {@code modelFile} may be null or missing: the server then answers 404 saying how to train one. */
    public CtrRoutes(Path modelFile) {
        this.modelFile = modelFile;
    }

    public void mount(Router router) {
        router.post("/v1/ctr/explain").handler(BodyHandler.create(false).setBodyLimit(MAX_BODY))
                .blockingHandler(this::explain, false);
    }

    private synchronized CtrModel model() throws IOException {
        if (modelFile == null || !Files.isRegularFile(modelFile)) {
            return null;
        }
        long modified = Files.getLastModifiedTime(modelFile).toMillis();
        if (cached == null || modified != cachedModified) {
            cached = CtrModelFiles.load(modelFile);
            cachedModified = modified;
        }
        return cached;
    }

    private void explain(RoutingContext ctx) {
        CtrRequest request;
        int top;
        try {
            JsonObject body = ctx.body().asJsonObject();
            if (body == null) {
                JsonResponses.error(ctx, 400, "invalid_request", "body must be a JSON object");
                return;
            }
            CtrRequest.Builder b = CtrRequest.builder();
            JsonObject fields = body.getJsonObject("fields", new JsonObject());
            for (Map.Entry<String, Object> e : fields) {
                if (!(e.getValue() instanceof String s)) {
                    JsonResponses.error(ctx, 400, "invalid_request", "fields." + e.getKey() + " must be a string");
                    return;
                }
                b.put(e.getKey(), s);
            }
            JsonObject numbers = body.getJsonObject("numbers", new JsonObject());
            for (Map.Entry<String, Object> e : numbers) {
                if (!(e.getValue() instanceof Number n)) {
                    JsonResponses.error(ctx, 400, "invalid_request", "numbers." + e.getKey() + " must be a number");
                    return;
                }
                b.put(e.getKey(), n.doubleValue());
            }
            top = body.getInteger("top", 5);
            if (top < 0 || top > 100) {
                JsonResponses.error(ctx, 400, "invalid_request", "top must be between 0 and 100, was " + top);
                return;
            }
            request = b.build();
        } catch (DecodeException | ClassCastException e) {
            JsonResponses.error(ctx, 400, "invalid_request", "body is not valid JSON of the documented shape: "
                    + e.getMessage());
            return;
        }
        CtrModel m;
        try {
            m = model();
        } catch (IOException | RuntimeException e) {
            JsonResponses.error(ctx, 500, "ctr_model_unreadable", "cannot read " + modelFile + ": " + e.getMessage());
            return;
        }
        if (m == null) {
            JsonResponses.error(ctx, 404, "no_ctr_model", "no CTR model yet: run `heed ctr train`");
            return;
        }
        Explanation ex = m.explain(request, top);
        JsonResponses.send(ctx, 200, g -> {
            g.writeStartObject();
            g.writeStringField("algorithm", ex.algorithm());
            g.writeNumberField("p_click", ex.probability());
            g.writeNumberField("log_odds", ex.logOdds());
            g.writeNumberField("bias", ex.bias());
            g.writeArrayFieldStart("top");
            for (Contribution c : ex.top()) {
                g.writeStartObject();
                g.writeStringField("feature", c.feature());
                g.writeNumberField("log_odds", c.logOdds());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeStringField("why", WhyThisAd.text(ex, 3));
            g.writeStringField("model_created_at", m.provenance().createdAt());
            g.writeEndObject();
        });
    }
}
