package io.heed.storage;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * A fresh store on the PostgreSQL server at {@code heed.test.postgres.url} / $HEED_TEST_POSTGRES_URL (CI starts
 * one, see .ci/run), its public schema emptied first; the calling test is skipped, saying so, when none is
 * configured.
 */
public final class FreshPostgres {
    private FreshPostgres() {}

    /** The configured server's JDBC URL, or "" when none is. */
    public static String url() {
        String url = System.getProperty("heed.test.postgres.url", "");
        if (url.isBlank() || url.startsWith("${")) {
            url = System.getenv().getOrDefault("HEED_TEST_POSTGRES_URL", "");
        }
        return url;
    }

    public static HeedStore open() throws Exception {
        String url = url();
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
