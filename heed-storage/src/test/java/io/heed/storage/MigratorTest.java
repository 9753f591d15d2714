package io.heed.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.heed.storage.alpha.AlphaSchema;
import io.heed.storage.beta.BetaSchema;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Per-room migrations: order, gaps, history, refusal of the unknown, and the carry-over of a global history. */
class MigratorTest {
    @TempDir
    Path dir;

    private Connection open() throws SQLException {
        return DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("m.duckdb"));
    }

    private static Migrator migrator(Map<Integer, Integer> alphaLegacy, Map<Integer, Integer> betaLegacy) {
        // listed beta first: the order number, not the list, decides
        return new Migrator(Dialect.DUCKDB, List.of(new BetaSchema(20, betaLegacy), new AlphaSchema(10, alphaLegacy)));
    }

    private static List<String> history(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT room, version, name FROM heed_schema ORDER BY room, version")) {
            while (r.next()) {
                out.add(r.getString(1) + ":" + r.getInt(2) + ":" + r.getString(3));
            }
        }
        return out;
    }

    @Test
    void appliesEveryRoomInOrderOnceAndRecordsEachVersion() throws Exception {
        try (Connection c = open()) {
            assertThat(migrator(Map.of(), Map.of()).migrate(c)).isEqualTo(3);
            assertThat(history(c)).containsExactly("alpha:1:V1__a.sql", "alpha:3:V3__a_more.sql", "beta:1:V1__b.sql");
            assertThat(migrator(Map.of(), Map.of()).migrate(c)).isZero();
            try (Statement s = c.createStatement();
                    ResultSet r = s.executeQuery("SELECT COUNT(*) FROM ab")) {
                assertThat(r.next()).isTrue();
            }
        }
    }

    @Test
    void aStoreWithAnUnknownVersionOrRoomIsRefused() throws Exception {
        try (Connection c = open()) {
            migrator(Map.of(), Map.of()).migrate(c);
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO heed_schema VALUES ('alpha', 7, 'V7__later.sql', CURRENT_TIMESTAMP)");
            }
            assertThatThrownBy(() -> migrator(Map.of(), Map.of()).migrate(c))
                    .hasMessageContaining("'alpha' schema has version 7")
                    .hasMessageContaining("upgrade Heed");
            try (Statement s = c.createStatement()) {
                s.execute("DELETE FROM heed_schema WHERE version = 7");
                s.execute("INSERT INTO heed_schema VALUES ('gamma', 1, 'V1__g.sql', CURRENT_TIMESTAMP)");
            }
            assertThatThrownBy(() -> migrator(Map.of(), Map.of()).migrate(c))
                    .hasMessageContaining("'gamma' room, which this Heed does not have");
        }
    }

    @Test
    void aGlobalHistoryIsCarriedOverToRoomsOnceAndOnlyTheRestIsApplied() throws Exception {
        try (Connection c = open()) {
            try (Statement s = c.createStatement()) {
                // what an older Heed left: alpha's first table as global version 1, beta's as version 2
                s.execute("CREATE TABLE a (id INTEGER)");
                s.execute("CREATE TABLE b (id INTEGER)");
                s.execute("CREATE VIEW ab AS SELECT a.id FROM a JOIN b ON a.id = b.id");
                s.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, "
                        + "applied_at TIMESTAMP NOT NULL)");
                s.execute("INSERT INTO schema_migrations VALUES (1, 'V1__x.sql', CURRENT_TIMESTAMP), "
                        + "(2, 'V2__y.sql', CURRENT_TIMESTAMP)");
            }
            assertThat(migrator(Map.of(1, 1), Map.of(2, 1)).migrate(c)).isEqualTo(1); // only alpha's V3
            assertThat(history(c)).containsExactly("alpha:1:V1__a.sql", "alpha:3:V3__a_more.sql", "beta:1:V1__b.sql");
            try (Statement s = c.createStatement();
                    ResultSet r = s.executeQuery(
                            "SELECT COUNT(*) FROM information_schema.tables WHERE table_name = 'schema_migrations'")) {
                r.next();
                assertThat(r.getLong(1)).isZero();
            }
        }
    }

    @Test
    void aGlobalVersionNoRoomClaimsIsRefusedAndNothingChanges() throws Exception {
        try (Connection c = open()) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE a (id INTEGER)");
                s.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, "
                        + "applied_at TIMESTAMP NOT NULL)");
                s.execute("INSERT INTO schema_migrations VALUES (1, 'V1__x.sql', CURRENT_TIMESTAMP), "
                        + "(9, 'V9__z.sql', CURRENT_TIMESTAMP)");
            }
            assertThatThrownBy(() -> migrator(Map.of(1, 1), Map.of()).migrate(c))
                    .hasMessageContaining("versions [9]");
            try (Statement s = c.createStatement();
                    ResultSet r = s.executeQuery("SELECT COUNT(*) FROM schema_migrations")) {
                r.next();
                assertThat(r.getLong(1)).isEqualTo(2);
            }
            assertThat(history(c)).isEmpty();
        }
    }

    @Test
    void duplicateOrMalformedRoomNamesAreRefused() {
        assertThatThrownBy(() -> new Migrator(
                        Dialect.DUCKDB, List.of(new AlphaSchema(1, Map.of()), new AlphaSchema(2, Map.of()))))
                .hasMessageContaining("unique");
    }
}
