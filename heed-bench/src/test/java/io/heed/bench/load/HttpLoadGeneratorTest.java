package io.heed.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.heed.app.config.HeedConfig;
import io.heed.app.config.ServerConfig;
import io.heed.server.HeedServer;
import io.heed.storage.HeedStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The load generator against the product's server on loopback, into a real embedded store. */
class HttpLoadGeneratorTest {
    @TempDir
    Path dir;

    @Test
    void theLoadGeneratorDrivesTheServer() {
        try (HeedStore store = HeedStore.openEmbedded(dir);
                HeedServer server = HeedServer.start(
                        HeedConfig.defaults()
                                .withServer(ServerConfig.defaults().withPort(0).withThreads(2, 2)),
                        store)) {
            LoadReport report = HttpLoadGenerator.run(LoadPlan.forRequests(
                    server.baseUri().resolve("/v1/events"), 4, 40, 10, n -> batch(n).getBytes(StandardCharsets.UTF_8)));
            assertThat(report.requests()).isEqualTo(40);
            assertThat(report.non2xx()).isZero();
            assertThat(report.events()).isEqualTo(400);
            assertThat(report.p99Ms()).isPositive();
            assertThat(count(store, "load")).isEqualTo(400);
        }
    }

    /** Ten valid events of tenant {@code load}, ids unique to batch {@code n}. */
    private static String batch(long n) {
        return IntStream.range(0, 10)
                .mapToObj(i -> "{\"tenant_id\":\"load\",\"event_id\":\"l" + n + "-" + i
                        + "\",\"type\":\"view\",\"user_id\":\"u-" + i + "\",\"item_id\":\"i1\","
                        + "\"timestamp\":\"2025-10-01T07:13:05.123Z\"}")
                .collect(Collectors.joining(",", "[", "]"));
    }

    private static long count(HeedStore store, String tenant) {
        return store.read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT COUNT(*) FROM events WHERE tenant_id = ?")) {
                p.setString(1, tenant);
                try (ResultSet r = p.executeQuery()) {
                    r.next();
                    return r.getLong(1);
                }
            }
        });
    }
}
