package io.heed.store;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

/**
 * A fresh store on the PostgreSQL server at {@code heed.test.postgres.url} / $HEED_TEST_POSTGRES_URL, its public
 * schema emptied first; the calling test is skipped, saying so, when none is configured.
 */
public final class FreshPostgres {
    private FreshPostgres() {
    }

    public static HeedStore open() throws Exception {
        String url = PostgresStoreTest.url();
        assumeTrue(!url.isBlank(), "PostgreSQL tests skipped: set HEED_TEST_POSTGRES_URL (scripts/postgres-test-server.sh starts one)");
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA public CASCADE");
            s.execute("CREATE SCHEMA public");
        }
        return HeedStore.open(url);
    }
}
