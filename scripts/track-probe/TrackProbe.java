package io.heed.bench.decide;

import io.heed.app.config.HeedConfig;
import io.heed.app.config.ServerConfig;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.heed.server.HeedServer;
import io.heed.storage.HeedStore;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

final class TrackProbe {
    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        Path dir = Files.createTempDirectory("track-probe");
        try (HeedStore store = HeedStore.openEmbedded(dir)) {
            BenchCatalog.write(store, 1000, 7);
            try (HeedServer server = HeedServer.start(HeedConfig.defaults().withServer(ServerConfig.defaults().withPort(0)), store)) {
                HttpClient http = HttpClient.newHttpClient();
                ObjectMapper json = new ObjectMapper();
                List<String> bodies = BenchCatalog.bodies(n, 11);
                List<String> urls = new ArrayList<>();
                URI decide = URI.create("http://127.0.0.1:" + server.port() + "/v1/decide");
                for (String b : bodies) {
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(decide).POST(HttpRequest.BodyPublishers.ofString(b))
                            .header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.ofString());
                    for (JsonNode ad : json.readTree(r.body()).get("ads")) {
                        urls.add(ad.get("impression_url").asText());
                    }
                }
                System.out.println(urls.size() + " impression urls; e.g. " + urls.get(0));
                Semaphore inFlight = new Semaphore(32);
                AtomicInteger ok = new AtomicInteger();
                AtomicInteger other = new AtomicInteger();
                long t0 = System.nanoTime();
                List<CompletableFuture<?>> all = new ArrayList<>();
                for (String u : urls) {
                    inFlight.acquire();
                    URI uri = u.startsWith("http") ? URI.create(u) : URI.create("http://127.0.0.1:" + server.port() + u);
                    all.add(http.sendAsync(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.discarding())
                            .whenComplete((r, e) -> {
                                inFlight.release();
                                if (e == null && r.statusCode() == 204) ok.incrementAndGet(); else other.incrementAndGet();
                            }));
                }
                CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).join();
                double s = (System.nanoTime() - t0) / 1e9;
                System.out.printf("impressions: %d accepted, %d other in %.1f s: %.0f/s%n", ok.get(), other.get(), s, urls.size() / s);
            }
        }
    }
}
