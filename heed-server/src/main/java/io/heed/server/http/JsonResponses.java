package io.heed.server.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * JSON responses, errors included: every error body is {@code {"error": code, "message": text}} (plus
 * {@code index} and {@code field} for {@code invalid_json}), so clients never have to parse HTML.
 */
public final class JsonResponses {
    static final JsonFactory JSON = new JsonFactory();
    /**
     * The server's one tree mapper, for the bodies read whole (admin, OpenRTB, CTR explain) and the small documents
     * written from trees; one value per body, nothing after it.
     */
    public static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private static final Logger LOG = LoggerFactory.getLogger(JsonResponses.class);
    private static final String CONTENT_TYPE = "application/json; charset=utf-8";
    /** The header's name and value pre-encoded once (Vert.x copies them as bytes on every response). */
    private static final CharSequence CONTENT_TYPE_VALUE = io.vertx.core.http.HttpHeaders.createOptimized(CONTENT_TYPE);

    private JsonResponses() {}

    /** Writes a JSON body with a {@link JsonGenerator}. */
    @FunctionalInterface
    public interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    /** Serialises a body to bytes. */
    public static byte[] bytes(Body body) {
        try (ByteArrayBuilder out = new ByteArrayBuilder(256)) {
            try (JsonGenerator g = JSON.createGenerator(out)) {
                body.write(g);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("writing JSON to memory failed", e);
        }
    }

    /** Serialises a tree (or any value the mapper knows: maps, lists, numbers, strings) to bytes. */
    public static byte[] valueBytes(Object tree) {
        try {
            return MAPPER.writeValueAsBytes(tree);
        } catch (IOException e) {
            throw new UncheckedIOException("writing JSON to memory failed", e);
        }
    }

    public static void send(RoutingContext ctx, int status, Body body) {
        sendBytes(ctx, status, bytes(body));
    }

    public static void sendBytes(RoutingContext ctx, int status, byte[] json) {
        sendBytes(ctx.response(), status, json);
    }

    /** As above on a bare response (the routes served ahead of the router). */
    public static void sendBytes(HttpServerResponse r, int status, byte[] json) {
        if (r.ended() || r.closed()) {
            return;
        }
        r.setStatusCode(status)
                .putHeader(io.vertx.core.http.HttpHeaders.CONTENT_TYPE, CONTENT_TYPE_VALUE)
                .end(Buffer.buffer(json));
    }

    /** An error body {@code {"error": code, "message": message}}. */
    public static void error(RoutingContext ctx, int status, String code, String message) {
        error(ctx.response(), status, code, message);
    }

    /** As above on a bare response. */
    public static void error(HttpServerResponse r, int status, String code, String message) {
        sendBytes(r, status, bytes(g -> {
            g.writeStartObject();
            g.writeStringField("error", code);
            g.writeStringField("message", message);
            g.writeEndObject();
        }));
    }

    /** 400 for a body that is not an acceptable JSON batch: names the record index and field (or null). */
    public static void invalidJson(RoutingContext ctx, Integer index, String field, String message) {
        invalidJson(ctx.response(), index, field, message);
    }

    /** As above on a bare response. */
    public static void invalidJson(HttpServerResponse r, Integer index, String field, String message) {
        sendBytes(r, 400, bytes(g -> {
            g.writeStartObject();
            g.writeStringField("error", "invalid_json");
            g.writeFieldName("index");
            if (index == null) {
                g.writeNull();
            } else {
                g.writeNumber(index);
            }
            g.writeStringField("field", field);
            g.writeStringField("message", message);
            g.writeEndObject();
        }));
    }

    /**
     * An error sent before the request body was read: the connection is closed after the response so unread body
     * bytes can never be taken for the next request.
     */
    public static void errorAndClose(RoutingContext ctx, int status, String code, String message) {
        ctx.response().putHeader("Connection", "close");
        error(ctx, status, code, message);
    }

    /** Turns the router's own failures (no route, wrong method, body too large, exceptions) into JSON. */
    public static void install(Router router, long maxBodyBytes) {
        router.errorHandler(400, ctx -> error(ctx, 400, "bad_request", describe(ctx, "the request is malformed")));
        router.errorHandler(
                404,
                ctx -> error(
                        ctx,
                        404,
                        "not_found",
                        "no route for " + ctx.request().method() + " "
                                + ctx.request().path()));
        router.errorHandler(
                405,
                ctx -> error(
                        ctx,
                        405,
                        "method_not_allowed",
                        ctx.request().method() + " is not allowed on "
                                + ctx.request().path()));
        router.errorHandler(
                413,
                ctx -> errorAndClose(
                        ctx, 413, "body_too_large", "the request body exceeds " + maxBodyBytes + " bytes"));
        router.errorHandler(
                415, ctx -> errorAndClose(ctx, 415, "unsupported_media_type", "send Content-Type: application/json"));
        router.errorHandler(500, ctx -> {
            if (ctx.failure() != null) {
                LOG.error(
                        "unhandled failure on {} {}",
                        ctx.request().method(),
                        ctx.request().path(),
                        ctx.failure());
            }
            error(ctx, 500, "internal_error", "the server failed to handle the request");
        });
        router.errorHandler(503, ctx -> error(ctx, 503, "unavailable", "the server is busy; retry later"));
    }

    private static String describe(RoutingContext ctx, String fallback) {
        Throwable f = ctx.failure();
        return f == null || f.getMessage() == null ? fallback : f.getMessage();
    }
}
