package io.heed.store.ads;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.heed.store.HeedStore;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/** The ad ports on PostgreSQL at $HEED_TEST_POSTGRES_URL; skipped, saying so, without one. */
class PostgresAdStoreTest extends AdStoreContract {
    @Override
    HeedStore openFresh(Path dir) throws Exception {
        String url = System.getProperty("heed.test.postgres.url", "");
        if (url.isBlank() || url.startsWith("${")) {
            url = System.getenv().getOrDefault("HEED_TEST_POSTGRES_URL", "");
        }
        assumeTrue(!url.isBlank(), "PostgreSQL tests skipped: set HEED_TEST_POSTGRES_URL (scripts/postgres-test-server.sh starts one)");
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA public CASCADE");
            s.execute("CREATE SCHEMA public");
        }
        return HeedStore.open(url);
    }
}
