package io.heed.bench.load;

import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerOptions;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The peer: a plain Vert.x 5 HTTP server answering every request with a constant JSON body, one verticle per core
 * (as measured in DEPENDENCIES.md): the peer of side-by-side HTTP benchmarks. It reads the request body like Heed
 * does, then ignores it.
 */
public final class BareVertxServer implements AutoCloseable {
    private static final Buffer BODY = Buffer.buffer("{\"ads\":[]}");
    private final Vertx vertx;
    private final int port;

    public BareVertxServer(int eventLoops) throws Exception {
        vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(eventLoops));
        AtomicInteger actual = new AtomicInteger();
        vertx.deployVerticle(
                        () -> new VerticleBase() {
                            @Override
                            public Future<?> start() {
                                return vertx.createHttpServer(new HttpServerOptions()
                                                .setHost("127.0.0.1")
                                                .setPort(-1)
                                                .setTcpNoDelay(true))
                                        .requestHandler(req -> req.body()
                                                .onComplete(b -> req.response()
                                                        .putHeader("Content-Type", "application/json")
                                                        .end(BODY)))
                                        .listen()
                                        .onSuccess(s -> actual.set(s.actualPort()));
                            }
                        },
                        new DeploymentOptions().setInstances(eventLoops))
                .await(30, TimeUnit.SECONDS);
        port = actual.get();
    }

    public int port() {
        return port;
    }

    @Override
    public void close() throws java.util.concurrent.TimeoutException {
        vertx.close().await(10, TimeUnit.SECONDS);
    }
}
