package io.heed.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies versioned schema migrations ({@code db/<dialect>/V<n>__<name>.sql}, listed in {@code index.txt} in
 * ascending version order) once each, each in its own transaction, recording them in {@code schema_migrations}.
 * Versions may have gaps (parallel branches reserve numbers; a missing one arrives with its merge and is then
 * applied), so every listed version not yet recorded is applied, in order. A store that records a version this
 * code does not know refuses to open rather than risk misreading data.
 * (Flyway does this too, but has no DuckDB support in its open edition; forty lines suffice here.)
 */
final class Migrator {
    private final Dialect dialect;

    Migrator(Dialect dialect) {
        this.dialect = dialect;
    }

    /** Returns the number of migrations applied now. */
    int migrate(Connection c) throws SQLException {
        List<String> files = index();
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name "
                    + (dialect == Dialect.POSTGRES ? "TEXT" : "VARCHAR") + " NOT NULL, applied_at TIMESTAMP NOT NULL)");
        }
        java.util.Set<Integer> done = appliedVersions(c);
        java.util.Set<Integer> known = new java.util.HashSet<>();
        files.forEach(f -> known.add(version(f)));
        for (int v : done) {
            if (!known.contains(v)) {
                throw new IllegalStateException("the store's schema has version " + v + " but this Heed knows only "
                        + known + ": upgrade Heed, or point it at another store");
            }
        }
        int applied = 0;
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            for (String file : files) {
                int v = version(file);
                if (done.contains(v)) {
                    continue;
                }
                try (Statement s = c.createStatement()) {
                    for (String stmt : statements(read(file))) {
                        s.execute(stmt);
                    }
                }
                try (PreparedStatement p = c.prepareStatement(
                        "INSERT INTO schema_migrations VALUES (?, ?, CURRENT_TIMESTAMP)")) {
                    p.setInt(1, v);
                    p.setString(2, file);
                    p.executeUpdate();
                }
                c.commit();
                applied++;
            }
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
        return applied;
    }

    static int currentVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_migrations")) {
            r.next();
            return r.getInt(1);
        }
    }

    private static java.util.Set<Integer> appliedVersions(Connection c) throws SQLException {
        java.util.Set<Integer> out = new java.util.HashSet<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT version FROM schema_migrations")) {
            while (r.next()) {
                out.add(r.getInt(1));
            }
        }
        return out;
    }

    /** The version number of {@code V<n>__name.sql}. */
    static int version(String file) {
        int end = file.indexOf("__");
        if (!file.startsWith("V") || end < 2) {
            throw new IllegalStateException("migration file name is not V<n>__<name>.sql: " + file);
        }
        try {
            return Integer.parseInt(file.substring(1, end));
        } catch (NumberFormatException e) {
            throw new IllegalStateException("migration file name is not V<n>__<name>.sql: " + file, e);
        }
    }

    private List<String> index() {
        List<String> files = new ArrayList<>();
        int last = 0;
        for (String line : read("index.txt").split("\n")) {
            if (!line.isBlank()) {
                String name = line.strip();
                int v = version(name);
                if (v <= last) {
                    throw new IllegalStateException("migration index out of order at " + name);
                }
                last = v;
                files.add(name);
            }
        }
        return files;
    }

    private String read(String file) {
        String path = "db/" + dialect.folder() + "/" + file;
        try (InputStream in = Migrator.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing migration resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + path, e);
        }
    }

    /** Splits a script on semicolons at line ends, dropping comment lines. */
    static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        for (String line : script.split("\n")) {
            if (line.strip().startsWith("--")) {
                continue;
            }
            cur.append(line).append('\n');
            if (line.stripTrailing().endsWith(";")) {
                out.add(cur.toString().strip().replaceAll(";$", ""));
                cur.setLength(0);
            }
        }
        if (!cur.toString().isBlank()) {
            out.add(cur.toString().strip());
        }
        return out;
    }
}
