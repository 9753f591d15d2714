package io.heed.server.http;

import io.vertx.ext.web.Router;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** {@code GET /v1/openapi.json}: the OpenAPI 3 description of this API (a resource kept next to the code). */
public final class OpenApiRoutes {
    /** Classpath location of the document. */
    public static final String RESOURCE = "/io/heed/server/openapi.json";

    private final byte[] document;

    public OpenApiRoutes() {
        this.document = load();
    }

    static byte[] load() {
        try (InputStream in = OpenApiRoutes.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void mount(Router router) {
        router.get("/v1/openapi.json").handler(ctx -> JsonResponses.sendBytes(ctx, 200, document));
    }
}
