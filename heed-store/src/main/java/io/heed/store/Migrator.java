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
 * Applies versioned schema migrations ({@code db/<dialect>/V<n>__<name>.sql}, listed in {@code index.txt}) once
 * each, in order, each in its own transaction, recording them in {@code schema_migrations}. A store whose schema
 * is newer than this code refuses to open rather than risk misreading data.
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
        int current = currentVersion(c);
        if (current > files.size()) {
            throw new IllegalStateException("the store's schema is version " + current + " but this Heed knows only "
                    + files.size() + ": upgrade Heed, or point it at another store");
        }
        int applied = 0;
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            for (int v = current + 1; v <= files.size(); v++) {
                String file = files.get(v - 1);
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

    private List<String> index() {
        List<String> files = new ArrayList<>();
        for (String line : read("index.txt").split("\n")) {
            if (!line.isBlank()) {
                String name = line.strip();
                if (!name.startsWith("V" + (files.size() + 1) + "__")) {
                    throw new IllegalStateException("migration index out of order at " + name);
                }
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
