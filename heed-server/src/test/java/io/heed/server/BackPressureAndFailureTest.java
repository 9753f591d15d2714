package io.heed.server;

import static io.heed.server.ServerTestSupport.batch;
import static io.heed.server.ServerTestSupport.count;
import static io.heed.server.ServerTestSupport.get;
import static io.heed.server.ServerTestSupport.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.heed.app.config.HeedConfig;
import io.heed.app.config.ServerConfig;
import io.heed.server.ServerTestSupport.Reply;
import io.heed.storage.HeedStore;
import io.vertx.core.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Back-pressure (503) and a failing store (500), each on its own server and real store. */
class BackPressureAndFailureTest {
    @TempDir
    Path dir;

    static List<String> ids(String prefix, int n) {
        return IntStream.range(0, n).mapToObj(i -> prefix + i).collect(Collectors.toList());
    }

    @Test
    void aFullQueueAnswers503WithRetryAfterAndQueuedBatchesAreStillCommitted() throws Exception {
        // given a server whose writer may queue 20 rows (two batches of 10) and whose store is busy
        try (HeedStore store = HeedStore.openEmbedded(dir);
                HeedServer server = HeedServer.start(
                        HeedConfig.defaults()
                                .withServer(ServerConfig.defaults()
                                        .withPort(0)
                                        .withMaxBatchEvents(10)
                                        .withQueues(8, 10, 20)
                                        .withGroupLingerMillis(0)),
                        store)) {
            CountDownLatch release = new CountDownLatch(1);
            CountDownLatch holding = new CountDownLatch(1);
            CompletableFuture<Void> blocker = CompletableFuture.runAsync(() -> store.write(c -> {
                holding.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return null;
            }));
            assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();
            // when the first batch is taken by the (blocked) writer and two more fill the queue
            List<CompletableFuture<HttpResponse<String>>> accepted = new ArrayList<>();
            accepted.add(postAsync(server, batch("bp", ids("a", 10))));
            awaitServerCounter(server, "committing_rows", 10);
            accepted.add(postAsync(server, batch("bp", ids("b", 10))));
            accepted.add(postAsync(server, batch("bp", ids("c", 10))));
            awaitServerCounter(server, "queued_rows", 20);
            // then one more is refused at once
            Reply busy = post(server, "/v1/events", batch("bp", ids("d", 10)));
            assertThat(busy.status()).isEqualTo(503);
            assertThat(busy.header("Retry-After")).isEqualTo("1");
            assertThat(busy.json().getString("error")).isEqualTo("busy");
            // and once the store is free the queued batches are committed and acknowledged
            release.countDown();
            blocker.get(10, TimeUnit.SECONDS);
            for (CompletableFuture<HttpResponse<String>> f : accepted) {
                HttpResponse<String> r = f.get(30, TimeUnit.SECONDS);
                assertThat(r.statusCode()).isEqualTo(200);
                assertThat(new JsonObject(r.body()).getInteger("accepted")).isEqualTo(10);
            }
            assertThat(count(store, "SELECT COUNT(*) FROM events WHERE tenant_id = ?", "bp"))
                    .isEqualTo(30);
            assertThat(get(server, "/v1/stats").json().getJsonObject("server").getLong("rejected_busy"))
                    .isEqualTo(1);
        }
    }

    @Test
    void aFailedStoreWriteAnswers500AndAcknowledgesNothing() {
        HeedStore store = HeedStore.openEmbedded(dir);
        try (HeedServer server = HeedServer.start(
                HeedConfig.defaults().withServer(ServerConfig.defaults().withPort(0)), store)) {
            assertThat(post(server, "/v1/events", batch("f", ids("ok", 3))).status())
                    .isEqualTo(200);
            store.close(); // every later write fails
            Reply r = post(server, "/v1/events", batch("f", ids("lost", 3)));
            assertThat(r.status()).isEqualTo(500);
            assertThat(r.json().getString("error")).isEqualTo("store_failed");
            assertThat(r.json().getString("message")).contains("retrying is safe");
            // the writer survives a failed group
            assertThat(get(server, "/v1/health").json().getString("status")).isEqualTo("ok");
        }
        try (HeedStore reopened = HeedStore.openEmbedded(dir)) {
            assertThat(count(reopened, "SELECT COUNT(*) FROM events WHERE tenant_id = ?", "f"))
                    .isEqualTo(3);
        }
    }

    @Test
    void aPortInUseFailsTheStartCleanly() {
        try (HeedStore store = HeedStore.openEmbedded(dir);
                HeedServer first = HeedServer.start(
                        HeedConfig.defaults().withServer(ServerConfig.defaults().withPort(0)), store)) {
            assertThatThrownBy(() -> HeedServer.start(
                            HeedConfig.defaults()
                                    .withServer(ServerConfig.defaults().withPort(first.port())),
                            store))
                    .hasMessageContaining("Address already in use");
            assertThat(get(first, "/v1/health").status()).isEqualTo(200);
        }
    }

    private static CompletableFuture<HttpResponse<String>> postAsync(HeedServer server, String body) {
        return ServerTestSupport.HTTP.sendAsync(
                HttpRequest.newBuilder(server.baseUri().resolve("/v1/events"))
                        .timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Waits until a counter of /v1/stats "server" has a value. */
    private static void awaitServerCounter(HeedServer server, String name, long value) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            if (get(server, "/v1/stats").json().getJsonObject("server").getLong(name) == value) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the server never reported " + name + " = " + value);
    }
}
