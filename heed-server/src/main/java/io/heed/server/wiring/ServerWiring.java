package io.heed.server.wiring;

import io.heed.app.Models;
import io.heed.app.Reports;
import io.heed.app.config.HeedConfig;
import io.heed.app.config.ServerConfig;
import io.heed.events.sql.EventStore;
import io.heed.events.sql.SqlInsertedKeys;
import io.heed.events.validate.EventValidator;
import io.heed.events.validate.ValidationPolicy;
import io.heed.server.ads.AdminRoutes;
import io.heed.server.ads.AdsContext;
import io.heed.server.ads.DecideRoutes;
import io.heed.server.ads.OpenRtbRoutes;
import io.heed.server.ads.TrackingRoutes;
import io.heed.server.http.CtrRoutes;
import io.heed.server.http.EventRoutes;
import io.heed.server.http.HealthRoutes;
import io.heed.server.http.JsonResponses;
import io.heed.server.http.OpenApiRoutes;
import io.heed.server.http.PersonaModelFile;
import io.heed.server.http.PersonaRoutes;
import io.heed.server.http.ReportRoutes;
import io.heed.server.http.StatsRoutes;
import io.heed.server.http.UserProfileRoutes;
import io.heed.server.ingest.BatchParser;
import io.heed.server.ingest.GroupCommitWriter;
import io.heed.server.ingest.IngestStats;
import io.heed.storage.HeedStore;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.WorkerExecutor;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * Builds and starts the whole server: Vert.x with {@code eventLoops} event loops, the group-commit writer over the
 * store, a parse pool of {@code parseThreads}, the route groups, and one HTTP server instance per event loop.
 */
public final class ServerWiring implements AutoCloseable {
    private static final long START_TIMEOUT_SECONDS = 30;

    private final Vertx vertx;
    private final GroupCommitWriter writer;
    private final WorkerExecutor parsePool;
    private final int port;
    private final AdsContext ads;

    private ServerWiring(Vertx vertx, GroupCommitWriter writer, WorkerExecutor parsePool, int port, AdsContext ads) {
        this.vertx = vertx;
        this.ads = ads;
        this.writer = writer;
        this.parsePool = parsePool;
        this.port = port;
    }

    /**
     * Starts everything as {@code config} says; returns once the server listens. The store stays owned by the
     * caller. Events that name no tenant are filed under {@code ads.tenant}; the persona and CTR models are read
     * from {@code models} (either may be null or not built yet).
     */
    public static ServerWiring start(HeedConfig config, HeedStore store) {
        ServerConfig cfg = config.server();
        ValidationPolicy policy =
                ValidationPolicy.defaults().withDefaultTenant(config.ads().tenant());
        Models modelFiles = Models.of(config.models());
        EventStore.of(store).prepareForAppends(); // load duplicate-check fingerprints now, not in the first request
        Vertx vertx = Vertx.vertx(
                new VertxOptions().setEventLoopPoolSize(cfg.eventLoops()).setWorkerPoolSize(4));
        IngestStats stats = new IngestStats();
        GroupCommitWriter writer = new GroupCommitWriter(
                EventStore.of(store),
                new SqlInsertedKeys(store),
                cfg.maxGroupRows(),
                cfg.maxQueuedRows(),
                Duration.ofMillis(cfg.groupLingerMillis()),
                stats);
        WorkerExecutor parsePool = vertx.createSharedWorkerExecutor("heed-parse", cfg.parseThreads());
        AdsContext ads = AdsContext.open(store, config, modelFiles);
        try {
            BatchParser parser =
                    new BatchParser(new EventValidator(policy), cfg.maxBatchEvents(), GroupCommitWriter.SOURCE);
            EventRoutes events = new EventRoutes(
                    parser, writer, parsePool, cfg.maxPendingParses(), stats, cfg.maxBodyBytes(), cfg.maxBatchEvents());
            HealthRoutes health = new HealthRoutes(store, writer);
            StatsRoutes statsRoutes = new StatsRoutes(store, writer, stats);
            OpenApiRoutes openApi = new OpenApiRoutes();
            CtrRoutes ctr = new CtrRoutes(modelFiles);
            PersonaModelFile models = new PersonaModelFile(modelFiles);
            PersonaRoutes personas = new PersonaRoutes(models, store);
            UserProfileRoutes profiles = new UserProfileRoutes(models, store);
            ReportRoutes reports = new ReportRoutes(new Reports(store));
            AdminRoutes adAdmin = new AdminRoutes(ads);
            DecideRoutes decide = new DecideRoutes(ads);
            TrackingRoutes tracking = new TrackingRoutes(ads);
            OpenRtbRoutes openRtb = new OpenRtbRoutes(ads);
            Function<Vertx, Handler<HttpServerRequest>> routes = v -> {
                Router r = Router.router(v);
                health.mount(r);
                statsRoutes.mount(r);
                openApi.mount(r);
                personas.mount(r);
                ctr.mount(r);
                profiles.mount(r);
                reports.mount(r);
                events.mount(r);
                adAdmin.mount(r);
                decide.mount(r);
                tracking.mount(r);
                openRtb.mount(r);
                JsonResponses.install(r, cfg.maxBodyBytes());
                return req -> {
                    if (!decide.takes(req)) { // the hot route skips the router (and falls back to it)
                        r.handle(req);
                    }
                };
            };
            // Instances on the same host and port share one socket (Vert.x round-robins connections). A negative
            // port asks Vert.x for one random port shared by all instances (port 0 would give each its own).
            HttpServerOptions options = new HttpServerOptions()
                    .setHost(cfg.host())
                    .setPort(cfg.port() == 0 ? -1 : cfg.port())
                    .setTcpNoDelay(true)
                    // no WebSocket routes: without compression support Vert.x leaves the WebSocket extension
                    // handler out of every connection's pipeline, which every request otherwise passes through
                    .setPerFrameWebSocketCompressionSupported(false)
                    .setPerMessageWebSocketCompressionSupported(false);
            List<HttpVerticle> instances = new CopyOnWriteArrayList<>();
            await(vertx.deployVerticle(
                    () -> {
                        HttpVerticle v = new HttpVerticle(options, routes);
                        instances.add(v);
                        return v;
                    },
                    new DeploymentOptions().setInstances(cfg.eventLoops())));
            int port = instances.get(0).actualPort();
            for (HttpVerticle v : instances) {
                if (v.actualPort() != port) {
                    throw new IllegalStateException(
                            "HTTP server instances listen on different ports: " + port + " and " + v.actualPort());
                }
            }
            return new ServerWiring(vertx, writer, parsePool, port, ads);
        } catch (Exception e) { // Vert.x's await rethrows checked causes such as BindException as they are
            writer.close();
            ads.close();
            parsePool.close();
            vertx.close();
            if (e instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(
                    "cannot start the HTTP server on " + cfg.host() + ":" + cfg.port() + ": " + e, e);
        }
    }

    private static <T> T await(Future<T> f) {
        try {
            return f.await(START_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException("the HTTP server did not start within " + START_TIMEOUT_SECONDS + " s", e);
        }
    }

    public int port() {
        return port;
    }

    /** Ad delivery as served (for tests and benchmarks that set up campaigns in process). */
    public AdsContext ads() {
        return ads;
    }

    /**
     * Stops: the writer first (it commits every batch already queued, so queued requests are still answered), then
     * the HTTP servers and Vert.x.
     */
    @Override
    public void close() {
        writer.close();
        try {
            parsePool.close().await(10, TimeUnit.SECONDS);
            vertx.close().await(10, TimeUnit.SECONDS);
            ads.close();
        } catch (TimeoutException e) {
            throw new IllegalStateException("Vert.x did not stop within 10 s", e);
        }
    }
}
