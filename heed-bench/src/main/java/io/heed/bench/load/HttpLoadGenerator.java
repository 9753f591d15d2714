package io.heed.bench.load;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;

/**
 * Closed-loop HTTP load: {@link LoadPlan#connections()} keep-alive connections (no pipelining), each posting a body,
 * waiting for the full response and posting the next, until the plan's duration or request count is reached.
 * Latencies of answered requests go into an HdrHistogram (1 µs .. 1 h, 3 significant digits).
 *
 * <p>The generator runs on its own Vert.x instance with one event loop, so every callback runs on one thread
 * and the histogram needs no synchronisation; {@link #run} blocks the calling thread (never call it from an
 * event loop) and always returns: after the duration it stops issuing and waits for the requests in flight.
 */
public final class HttpLoadGenerator {
    private static final long REQUEST_TIMEOUT_MS = 60_000;

    private HttpLoadGenerator() {}

    /** Runs the plan and reports throughput and latency. */
    public static LoadReport run(LoadPlan plan) {
        Vertx vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1).setWorkerPoolSize(1));
        try {
            return new Run(vertx, plan).execute();
        } finally {
            vertx.close().await();
        }
    }

    /** State of one run; touched only on the generator's event loop after {@link #execute} starts it. */
    private static final class Run {
        private final Vertx vertx;
        private final LoadPlan plan;
        private final HttpClient client;
        private final Histogram latency = new Histogram(TimeUnit.HOURS.toMicros(1), 3);
        private final CountDownLatch finished;
        private final AtomicLong issued = new AtomicLong();
        private long completed;
        private long ok;
        private long non2xx;
        private long errors;
        private long startNanos;
        private long endNanos;
        private long deadlineNanos;

        Run(Vertx vertx, LoadPlan plan) {
            this.vertx = vertx;
            this.plan = plan;
            this.client = vertx.createHttpClient(
                    new HttpClientOptions()
                            .setKeepAlive(true)
                            .setPipelining(false)
                            .setTcpNoDelay(true)
                            .setDefaultHost(plan.url().getHost())
                            .setDefaultPort(plan.port()),
                    new PoolOptions().setHttp1MaxSize(plan.connections()).setMaxWaitQueueSize(-1));
            this.finished = new CountDownLatch(plan.connections());
        }

        LoadReport execute() {
            Context ctx = vertx.getOrCreateContext();
            ctx.runOnContext(v -> {
                startNanos = System.nanoTime();
                endNanos = startNanos;
                deadlineNanos = startNanos + plan.duration().toNanos();
                for (int i = 0; i < plan.connections(); i++) {
                    next();
                }
            });
            try {
                long waitMs = plan.duration().toMillis() + 2 * REQUEST_TIMEOUT_MS;
                if (!finished.await(waitMs, TimeUnit.MILLISECONDS)) {
                    throw new IllegalStateException("the load run did not finish within " + waitMs + " ms");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while generating load", e);
            }
            double seconds = Math.max(1e-9, (endNanos - startNanos) / 1e9);
            long events = ok * plan.eventsPerBody();
            return new LoadReport(
                    completed,
                    events,
                    seconds,
                    completed / seconds,
                    events / seconds,
                    latency.getValueAtPercentile(50) / 1000.0,
                    latency.getValueAtPercentile(99) / 1000.0,
                    latency.getMaxValue() / 1000.0,
                    non2xx,
                    errors);
        }

        /** Issues the next request of one connection slot, or retires the slot when the plan is done. */
        private void next() {
            if (System.nanoTime() >= deadlineNanos) {
                finished.countDown();
                return;
            }
            long n = issued.getAndIncrement();
            if (n >= plan.maxRequests()) {
                finished.countDown();
                return;
            }
            Buffer body = Buffer.buffer(plan.bodies().apply(n));
            RequestOptions req = new RequestOptions()
                    .setMethod(HttpMethod.POST)
                    .setURI(plan.requestUri())
                    .putHeader("Content-Type", plan.contentType())
                    .setIdleTimeout(REQUEST_TIMEOUT_MS);
            long t0 = System.nanoTime();
            client.request(req)
                    .compose(r -> r.send(body))
                    .compose(resp -> resp.body().map(b -> resp.statusCode()))
                    .onComplete(ar -> {
                        long now = System.nanoTime();
                        endNanos = now;
                        if (ar.succeeded()) {
                            latency.recordValue(Math.max(
                                    1,
                                    Math.min(
                                            TimeUnit.NANOSECONDS.toMicros(now - t0),
                                            latency.getHighestTrackableValue())));
                            completed++;
                            if (ar.result() / 100 == 2) {
                                ok++;
                            } else {
                                non2xx++;
                            }
                        } else {
                            errors++;
                        }
                        next();
                    });
        }
    }
}
