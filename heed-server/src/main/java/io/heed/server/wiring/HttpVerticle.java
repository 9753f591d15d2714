package io.heed.server.wiring;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.VerticleBase;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import java.util.function.Function;

/** One HTTP server instance on one event loop; instances on the same host and port share the socket. */
final class HttpVerticle extends VerticleBase {
    private final HttpServerOptions options;
    private final Function<Vertx, Handler<HttpServerRequest>> routes;
    private volatile int actualPort;

    HttpVerticle(HttpServerOptions options, Function<Vertx, Handler<HttpServerRequest>> routes) {
        this.options = new HttpServerOptions(options);
        this.routes = routes;
    }

    @Override
    public Future<?> start() {
        return vertx.createHttpServer(options)
                .requestHandler(routes.apply(vertx))
                .listen()
                .onSuccess(s -> actualPort = s.actualPort());
    }

    int actualPort() {
        return actualPort;
    }
}
