package io.heed.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.heed.app.Models;
import io.heed.ctr.Contribution;
import io.heed.ctr.CtrModel;
import io.heed.ctr.Explanation;
import io.heed.ctr.explain.WhyThisAd;
import io.heed.ctr.features.CtrRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.io.IOException;
import java.util.Map;

/**
 * {@code POST /v1/ctr/explain}: the click probability of one impression under the saved CTR model, its top
 * contributing features and the user-facing "why am I seeing this ad" text. Body:
 * {@code {"fields": {"user": "u1", "category": "sports"}, "numbers": {"seen": 2}, "top": 5}}. 404 until
 * {@code heed ctr train} has saved a model; the file is re-read when it changes.
 */
public final class CtrRoutes {
    private static final int MAX_BODY = 64 * 1024;
    private final Models models;

    /** Without a CTR model file the server answers 404 saying how to train one. */
    public CtrRoutes(Models models) {
        this.models = models;
    }

    public void mount(Router router) {
        router.post("/v1/ctr/explain")
                .handler(BodyHandler.create(false).setBodyLimit(MAX_BODY))
                .blockingHandler(this::explain, false);
    }

    /** A body that is JSON but not of the documented shape. */
    private static final class BadShape extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadShape(String message) {
            super(message, null, false, false);
        }
    }

    /** The object at {@code key}; absent or null reads as empty, anything else but an object is refused. */
    private static JsonNode object(JsonNode body, String key) {
        JsonNode v = body.get(key);
        if (v == null || v.isNull()) {
            return JsonResponses.MAPPER.createObjectNode();
        }
        if (!v.isObject()) {
            throw new BadShape(key + " must be an object");
        }
        return v;
    }

    private void explain(RoutingContext ctx) {
        CtrRequest request;
        int top;
        try {
            byte[] bytes = ctx.body().buffer() == null
                    ? new byte[0]
                    : ctx.body().buffer().getBytes();
            if (bytes.length == 0) {
                JsonResponses.error(ctx, 400, "invalid_request", "body must be a JSON object");
                return;
            }
            JsonNode body = JsonResponses.MAPPER.readTree(bytes);
            if (!body.isObject()) {
                throw new BadShape("the body is not a JSON object");
            }
            CtrRequest.Builder b = CtrRequest.builder();
            for (Map.Entry<String, JsonNode> e : object(body, "fields").properties()) {
                if (!e.getValue().isTextual()) {
                    JsonResponses.error(ctx, 400, "invalid_request", "fields." + e.getKey() + " must be a string");
                    return;
                }
                b.put(e.getKey(), e.getValue().textValue());
            }
            for (Map.Entry<String, JsonNode> e : object(body, "numbers").properties()) {
                if (!e.getValue().isNumber()) {
                    JsonResponses.error(ctx, 400, "invalid_request", "numbers." + e.getKey() + " must be a number");
                    return;
                }
                b.put(e.getKey(), e.getValue().doubleValue());
            }
            JsonNode t = body.get("top");
            if (t != null && !t.isNull() && !t.isNumber()) {
                throw new BadShape("top must be a number");
            }
            top = t == null || t.isNull() ? 5 : t.intValue();
            if (top < 0 || top > 100) {
                JsonResponses.error(ctx, 400, "invalid_request", "top must be between 0 and 100, was " + top);
                return;
            }
            request = b.build();
        } catch (JsonProcessingException e) {
            JsonResponses.error(
                    ctx,
                    400,
                    "invalid_request",
                    "body is not valid JSON of the documented shape: " + e.getOriginalMessage());
            return;
        } catch (IOException | BadShape e) {
            JsonResponses.error(
                    ctx, 400, "invalid_request", "body is not valid JSON of the documented shape: " + e.getMessage());
            return;
        }
        CtrModel m;
        try {
            m = models.ctr().orElse(null);
        } catch (Models.Unreadable e) {
            JsonResponses.error(
                    ctx,
                    500,
                    "ctr_model_unreadable",
                    "cannot read " + e.file() + ": " + e.getCause().getMessage());
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
