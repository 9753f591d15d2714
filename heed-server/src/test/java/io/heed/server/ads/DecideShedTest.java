package io.heed.server.ads;

import static org.assertj.core.api.Assertions.assertThat;

import io.heed.ads.model.AdFormat;
import io.heed.ads.model.Advertiser;
import io.heed.ads.model.Campaign;
import io.heed.ads.model.Creative;
import io.heed.ads.model.Placement;
import io.heed.ads.model.Pricing;
import io.heed.ads.model.Schedule;
import io.heed.ads.model.Status;
import io.heed.ads.model.Targeting;
import io.heed.ads.sql.SqlAdCatalog;
import io.heed.ads.tracking.TrackingPolicy;
import io.heed.storage.HeedStore;
import io.heed.storage.Sql;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * While the auction log cannot be loaded (the store held by another writer), {@code POST /v1/decide} over real
 * HTTP journals auctions up to the allowed backlog, then answers 503 with Retry-After instead of letting the journal
 * grow without bound; once the store is free every auction served before is in {@code ad_auctions} and serving
 * resumes.
 */
class DecideShedTest {
    @TempDir
    Path dir;

    @Test
    void whileTheAuctionLogIsBehindDecideShedsAndEveryServedAuctionIsLogged() throws Exception {
        Vertx vertx = Vertx.vertx();
        try (HeedStore store = HeedStore.openEmbedded(dir)) {
            SqlAdCatalog repo = new SqlAdCatalog(store);
            repo.upsert(new Advertiser("a1", "Acme", Status.ACTIVE));
            repo.upsert(new Campaign(
                    "c1",
                    "a1",
                    "always on",
                    Status.ACTIVE,
                    Pricing.CPM,
                    1,
                    1e6,
                    1e6,
                    new Schedule(
                            Instant.parse("2020-01-01T00:00:00Z"), Instant.parse("2100-01-01T00:00:00Z"), 0xFFFFFF),
                    new Targeting(Set.of(), Set.of(), Set.of(), Set.of(), Set.of()),
                    List.of()));
            repo.upsert(
                    new Creative("k1", "c1", AdFormat.NATIVE, 0, 0, "https://acme.example/x", null, Status.ACTIVE, 1));
            repo.upsert(new Placement("feed", AdFormat.NATIVE, 0, 0, 1, 0));
            AdsContext ads = AdsContext.open(store, "t", TrackingPolicy.defaults(), 64 * 1024L);
            DecideRoutes decide = new DecideRoutes(ads);
            Router router = Router.router(vertx);
            decide.mount(router);
            HttpServer server = vertx.createHttpServer()
                    .requestHandler(req -> {
                        if (!decide.takes(req)) {
                            router.handle(req);
                        }
                    })
                    .listen(0, "127.0.0.1")
                    .toCompletionStage()
                    .toCompletableFuture()
                    .get(30, TimeUnit.SECONDS);
            URI uri = URI.create("http://127.0.0.1:" + server.actualPort() + "/v1/decide");
            HttpClient http = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();

            CountDownLatch release = new CountDownLatch(1);
            CountDownLatch held = new CountDownLatch(1);
            Thread blocker = new Thread(
                    () -> store.write(c -> {
                        held.countDown();
                        try {
                            release.await(60, TimeUnit.SECONDS);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        return null;
                    }),
                    "store-holder");
            blocker.start();
            assertThat(held.await(30, TimeUnit.SECONDS)).isTrue();

            int served = 0;
            HttpResponse<String> shed = null;
            for (int i = 0; i < 5_000 && shed == null; i++) {
                HttpResponse<String> r = post(http, uri, i);
                if (r.statusCode() == 200) {
                    served++;
                } else {
                    shed = r;
                }
            }
            assertThat(shed).as("decide shed once the log's queue filled").isNotNull();
            assertThat(shed.statusCode()).isEqualTo(503);
            assertThat(shed.headers().firstValue("Retry-After")).contains("1");
            assertThat(shed.body()).contains("\"error\":\"unavailable\"");
            assertThat(served)
                    .as("the journal's allowed backlog (64 KiB) was served first")
                    .isGreaterThan(20);
            assertThat(ads.auctionLogPending())
                    .as("every served auction waits in the journal")
                    .isEqualTo(served);
            assertThat(post(http, uri, -1).statusCode())
                    .as("still shedding while the store is held")
                    .isEqualTo(503);

            release.countDown();
            blocker.join(30_000);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            int after = 503;
            while (after == 503 && System.nanoTime() < deadline) {
                Thread.sleep(50);
                after = post(http, uri, -2).statusCode();
            }
            assertThat(after).as("serving resumes once the writer catches up").isEqualTo(200);
            served++;
            ads.close();
            assertThat(ads.auctionLogFailedWrites()).isZero();
            @SuppressWarnings("unchecked")
            Map<String, Long> rejected = (Map<String, Long>) ads.stats().get("rejected_requests");
            assertThat(rejected.get("decide_shed")).isGreaterThanOrEqualTo(2);
            int expected = served;
            store.read(c -> {
                try (Statement s = c.createStatement()) {
                    assertThat(Sql.count(s, "SELECT COUNT(*) FROM ad_auctions"))
                            .as("every served auction logged")
                            .isEqualTo(expected);
                }
                return null;
            });
            server.close();
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        }
    }

    private static HttpResponse<String> post(HttpClient http, URI uri, int i) throws Exception {
        String body = "{\"placement\":\"feed\",\"request_id\":\"q" + i + "\",\"user\":{\"id\":\"u" + i + "\"}}";
        return http.send(
                HttpRequest.newBuilder(uri)
                        .timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
