package io.heed.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;

/**
 * Applies each room's versioned migrations ({@link Schema}) once each, each in its own transaction, recording them
 * in {@code heed_schema (room, version)}. Versions may have gaps (a missing one arrives later and is then applied), so
 * every listed version not yet recorded is applied, in order. A store that records a version, or a room, this code
 * does not know refuses to open rather than risk misreading data. A store made when migrations had one global
 * numbering ({@code schema_migrations}) is carried over once, through each room's {@link Schema#legacyVersions}.
 * (Flyway does this too, but has no DuckDB support in its open edition, nor migrations per module on one history.)
 */
final class Migrator {
    private static final String LEGACY = "schema_migrations";

    private final Dialect dialect;
    private final List<Schema> schemas;

    Migrator(Dialect dialect, List<Schema> schemas) {
        this.dialect = dialect;
        this.schemas = schemas.stream()
                .sorted(Comparator.comparingInt(Schema::order).thenComparing(Schema::room))
                .toList();
        Set<String> rooms = new HashSet<>();
        for (Schema s : this.schemas) {
            if (!s.room().matches("[a-z][a-z0-9_]*") || !rooms.add(s.room())) {
                throw new IllegalStateException("schema room names must be unique lower-case words: " + s.room());
            }
        }
    }

    /** The schemas registered on the class path. */
    static List<Schema> discovered() {
        List<Schema> out = new ArrayList<>();
        ServiceLoader.load(Schema.class, Migrator.class.getClassLoader()).forEach(out::add);
        return out;
    }

    /** Returns the number of migrations applied now. */
    int migrate(Connection c) throws SQLException {
        String text = dialect == Dialect.POSTGRES ? "TEXT" : "VARCHAR";
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS heed_schema (room " + text + " NOT NULL, version INTEGER NOT NULL, "
                    + "name " + text + " NOT NULL, applied_at TIMESTAMP NOT NULL, PRIMARY KEY (room, version))");
        }
        carryOverLegacy(c);
        Map<String, Set<Integer>> done = applied(c);
        Map<String, List<String>> files = new HashMap<>();
        for (Schema schema : schemas) {
            files.put(schema.room(), index(schema));
        }
        refuseUnknown(done, files);
        int count = 0;
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            for (Schema schema : schemas) {
                Set<Integer> roomDone = done.getOrDefault(schema.room(), Set.of());
                for (String file : files.get(schema.room())) {
                    int v = version(file);
                    if (roomDone.contains(v)) {
                        continue;
                    }
                    try (Statement s = c.createStatement()) {
                        for (String stmt : Sql.statements(read(schema, file))) {
                            s.execute(stmt);
                        }
                    }
                    record(c, schema.room(), v, file);
                    c.commit();
                    count++;
                }
            }
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
        return count;
    }

    private static void refuseUnknown(Map<String, Set<Integer>> done, Map<String, List<String>> files) {
        for (Map.Entry<String, Set<Integer>> e : done.entrySet()) {
            List<String> known = files.get(e.getKey());
            if (known == null) {
                throw new IllegalStateException("the store holds tables of the '" + e.getKey() + "' room, which this "
                        + "Heed does not have (it has " + new TreeMap<>(files).keySet() + "): upgrade Heed, or point "
                        + "it at another store");
            }
            Set<Integer> versions = new HashSet<>();
            known.forEach(f -> versions.add(version(f)));
            for (int v : e.getValue()) {
                if (!versions.contains(v)) {
                    throw new IllegalStateException("the store's '" + e.getKey() + "' schema has version " + v
                            + " but this Heed knows only " + versions + ": upgrade Heed, or point it at another store");
                }
            }
        }
    }

    /** Rewrites a global-numbered history into per-room rows, in one transaction, then drops the old table. */
    private void carryOverLegacy(Connection c) throws SQLException {
        if (!tableExists(c, LEGACY)) {
            return;
        }
        Set<Integer> old = new HashSet<>();
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT version FROM " + LEGACY)) {
            while (r.next()) {
                old.add(r.getInt(1));
            }
        }
        HeedStore.inTransaction(c, tx -> {
            Set<Integer> mapped = new HashSet<>();
            for (Schema schema : schemas) {
                Map<Integer, String> names = new HashMap<>();
                index(schema).forEach(f -> names.put(version(f), f));
                for (Map.Entry<Integer, Integer> e : new TreeMap<>(schema.legacyVersions()).entrySet()) {
                    if (old.contains(e.getKey())) {
                        String name = names.get(e.getValue());
                        if (name == null) {
                            throw new IllegalStateException("room '" + schema.room() + "' maps old version "
                                    + e.getKey() + " to its version " + e.getValue() + ", which it does not list");
                        }
                        record(tx, schema.room(), e.getValue(), name);
                        mapped.add(e.getKey());
                    }
                }
            }
            Set<Integer> unknown = new java.util.TreeSet<>(old);
            unknown.removeAll(mapped);
            if (!unknown.isEmpty()) {
                throw new IllegalStateException("the store's schema has versions " + unknown
                        + " that this Heed does not know: upgrade Heed, or point it at another store");
            }
            try (Statement s = tx.createStatement()) {
                s.execute("DROP TABLE " + LEGACY);
            }
            return null;
        });
    }

    private static boolean tableExists(Connection c, String table) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(
                "SELECT COUNT(*) FROM information_schema.tables WHERE table_name = ? AND table_schema = current_schema()")) {
            p.setString(1, table);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return r.getLong(1) > 0;
            }
        }
    }

    private static void record(Connection c, String room, int version, String file) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO heed_schema VALUES (?, ?, ?, CURRENT_TIMESTAMP)")) {
            p.setString(1, room);
            p.setInt(2, version);
            p.setString(3, file);
            p.executeUpdate();
        }
    }

    private static Map<String, Set<Integer>> applied(Connection c) throws SQLException {
        Map<String, Set<Integer>> out = new HashMap<>();
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT room, version FROM heed_schema")) {
            while (r.next()) {
                out.computeIfAbsent(r.getString(1), k -> new HashSet<>()).add(r.getInt(2));
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

    private List<String> index(Schema schema) {
        List<String> files = new ArrayList<>();
        int last = 0;
        for (String line : read(schema, "index.txt").split("\n")) {
            if (!line.isBlank()) {
                String name = line.strip();
                int v = version(name);
                if (v <= last) {
                    throw new IllegalStateException(
                            "migration index of room '" + schema.room() + "' out of order at " + name);
                }
                last = v;
                files.add(name);
            }
        }
        return files;
    }

    private String read(Schema schema, String file) {
        String path = "db/" + dialect.folder() + "/" + file;
        try (InputStream in = schema.getClass().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing migration resource " + path + " of room '" + schema.room()
                        + "' (beside " + schema.getClass().getName() + ")");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + path, e);
        }
    }
}
