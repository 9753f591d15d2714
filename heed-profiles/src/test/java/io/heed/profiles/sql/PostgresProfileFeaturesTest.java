package io.heed.profiles.sql;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.heed.storage.HeedStore;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * SQL profile features on PostgreSQL at {@code heed.test.postgres.url} / $HEED_TEST_POSTGRES_URL; skipped, saying
 * so, without one (as {@code io.heed.events.sql.PostgresStoreTest}).
 */
class PostgresProfileFeaturesTest extends ProfileFeaturesContract {
    @Override
    HeedStore openFresh(Path dir) throws Exception {
        String url = System.getProperty("heed.test.postgres.url", "");
        if (url.isBlank() || url.startsWith("${")) {
            url = System.getenv().getOrDefault("HEED_TEST_POSTGRES_URL", "");
        }
        assumeTrue(
                !url.isBlank(),
                "PostgreSQL tests skipped: set HEED_TEST_POSTGRES_URL (scripts/postgres-test-server.sh starts one)");
        try (Connection c = DriverManager.getConnection(url);
                Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA public CASCADE");
            s.execute("CREATE SCHEMA public");
        }
        return HeedStore.open(url);
    }
}
