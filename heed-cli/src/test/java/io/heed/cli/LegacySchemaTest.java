package io.heed.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.heed.storage.FreshPostgres;
import io.heed.storage.HeedStore;
import io.heed.storage.Sql;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A store made when the schema had one global numbering ({@code schema_migrations}, versions 1-5: events, ads,
 * personas with experiments, auction views, journal checkpoints) opens with every room of heed.jar: its history
 * is carried over into {@code heed_schema}, no table is made twice, and its data stays.
 */
class LegacySchemaTest {
    @TempDir
    Path dir;

    /** The old global versions, as the rooms' files that now hold the same statements. */
    private static final String[][] OLD = {
        {"1", "/io/heed/events/sql/db/%s/V1__events.sql"},
        {"2", "/io/heed/ads/sql/db/%s/V1__ads.sql"},
        {"3", "/io/heed/profiles/sql/db/%s/V1__user_personas.sql", "/io/heed/experiments/sql/db/%s/V1__experiments.sql"
        },
        {"4", "/io/heed/ads/sql/db/%s/V2__auction_views.sql"},
        {"5", "/io/heed/journal/db/%s/V1__journal_checkpoints.sql"},
    };

    private static void makeOldStore(Connection c, String dialect) throws Exception {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name "
                    + (dialect.equals("postgres") ? "TEXT" : "VARCHAR") + " NOT NULL, applied_at TIMESTAMP NOT NULL)");
            for (String[] v : OLD) {
                for (int i = 1; i < v.length; i++) {
                    for (String stmt : Sql.statements(resource(String.format(v[i], dialect)))) {
                        s.execute(stmt);
                    }
                }
                s.execute("INSERT INTO schema_migrations VALUES (" + v[0] + ", 'V" + v[0] + "__old.sql', "
                        + "CURRENT_TIMESTAMP)");
            }
            s.execute("INSERT INTO ad_settings VALUES ('tracking_secret', 'kept')");
        }
    }

    @Test
    void anOldEmbeddedStoreOpensWithItsHistoryCarriedOverAndItsDataKept() throws Exception {
        Path file = dir.resolve("heed.duckdb");
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file)) {
            makeOldStore(c, "duckdb");
        }
        check(HeedStore.open("jdbc:duckdb:" + file));
        check(HeedStore.open("jdbc:duckdb:" + file)); // and again: nothing left to apply
    }

    @Test
    void anOldPostgresStoreOpensWithItsHistoryCarriedOver() throws Exception {
        HeedStore fresh = FreshPostgres.open(); // skips, saying so, without a server; empties the schema
        String url = fresh.url();
        try (Connection c = DriverManager.getConnection(url);
                Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA public CASCADE");
            s.execute("CREATE SCHEMA public");
            makeOldStore(c, "postgres");
        } finally {
            fresh.close();
        }
        check(HeedStore.open(url));
    }

    private static void check(HeedStore store) throws Exception {
        try (store) {
            List<String> history = store.read(c -> {
                List<String> out = new ArrayList<>();
                try (Statement s = c.createStatement();
                        ResultSet r = s.executeQuery("SELECT room, version FROM heed_schema ORDER BY room, version")) {
                    while (r.next()) {
                        out.add(r.getString(1) + ":" + r.getInt(2));
                    }
                }
                return out;
            });
            assertThat(history)
                    .containsExactly("ads:1", "ads:2", "events:1", "experiments:1", "journal:1", "profiles:1");
            String secret = store.read(c -> {
                try (Statement s = c.createStatement();
                        ResultSet r = s.executeQuery("SELECT value FROM ad_settings WHERE name = 'tracking_secret'")) {
                    return r.next() ? r.getString(1) : null;
                }
            });
            assertThat(secret).isEqualTo("kept");
            long legacy = store.read(c -> {
                try (Statement s = c.createStatement();
                        ResultSet r = s.executeQuery(
                                "SELECT COUNT(*) FROM information_schema.tables WHERE table_name = 'schema_migrations'")) {
                    r.next();
                    return r.getLong(1);
                }
            });
            assertThat(legacy).isZero();
        }
    }

    private static String resource(String path) throws Exception {
        try (InputStream in = LegacySchemaTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
