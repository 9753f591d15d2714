package io.heed.store;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * The store contract on a real PostgreSQL server, at the URL in {@code heed.test.postgres.url} (CI starts one,
 * see .ci/run). Skipped, saying so, when no URL is configured. Each test starts from an empty public schema.
 */
public class PostgresStoreTest extends StoreContract {
    static String url() {
        String url = System.getProperty("heed.test.postgres.url", "");
        if (url.isBlank() || url.startsWith("${")) {
            url = System.getenv().getOrDefault("HEED_TEST_POSTGRES_URL", "");
        }
        return url;
    }

    @Override
    HeedStore openFresh(Path dir) throws Exception {
        return fresh();
    }

    /** A store on an emptied PostgreSQL schema; the calling test is skipped, saying why, without a server. */
    public static HeedStore fresh() throws Exception {
        String url = url();
        assumeTrue(!url.isBlank(), "PostgreSQL tests skipped: set HEED_TEST_POSTGRES_URL (scripts/postgres-test-server.sh starts one)");
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA public CASCADE");
            s.execute("CREATE SCHEMA public");
        }
        return HeedStore.open(url);
    }
}
