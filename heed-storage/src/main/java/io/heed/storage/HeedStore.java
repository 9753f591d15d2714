package io.heed.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * The store: one embedded DuckDB file (default) or a PostgreSQL database, chosen by JDBC URL. Opening it applies
 * the pending migrations of every room on the class path ({@link Schema}). All writes go through one lock (a single
 * writer, as DuckDB requires and as the events room's anti-join duplicate check assumes); reads use their own
 * connections. Rooms hold their SQL themselves and reach the database only through {@link #write}, {@link #read}
 * and {@link #exclusive}.
 */
public final class HeedStore implements AutoCloseable {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(HeedStore.class);
    /** The default embedded store file under the data directory. */
    public static final String DEFAULT_FILE = "heed.duckdb";

    private final String url;
    private final Dialect dialect;
    private final Connection writer;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final Path tempDir;
    /** DuckDB's checkpoint threshold for every connection, resolved once at open; null: DuckDB's default. */
    private final String checkpointThreshold;
    /** One instance per store of what rooms keep beside it (caches that must not be duplicated), by type. */
    private final Map<Class<?>, Object> shared = new ConcurrentHashMap<>();

    private HeedStore(String url, Dialect dialect, Connection writer, Path tempDir, String checkpointThreshold) {
        this.url = url;
        this.checkpointThreshold = checkpointThreshold;
        this.dialect = dialect;
        this.writer = writer;
        this.tempDir = tempDir;
    }

    /** Opens (creating if needed) the store at a JDBC URL and brings its schema up to date. */
    public static HeedStore open(String jdbcUrl) {
        return open(jdbcUrl, StoreTuning.defaults());
    }

    /** As above, tuned ({@link StoreTuning}: DuckDB's checkpoint threshold). */
    public static HeedStore open(String jdbcUrl, StoreTuning tuning) {
        String threshold = tuning.effectiveCheckpointThreshold(); // a bad system property fails before connecting
        Dialect d = Dialect.fromUrl(jdbcUrl);
        try {
            Path tempDir = null;
            if (d == Dialect.DUCKDB) {
                String path = jdbcUrl.substring("jdbc:duckdb:".length());
                if (!path.isEmpty() && !path.startsWith(":memory:")) {
                    Path file = Path.of(path).toAbsolutePath();
                    Files.createDirectories(file.getParent());
                    tempDir = file.getParent().resolve("tmp");
                }
            }
            Connection c = DriverManager.getConnection(jdbcUrl);
            HeedStore store = new HeedStore(jdbcUrl, d, c, tempDir, threshold);
            store.configure(c);
            new Migrator(d, Migrator.discovered()).migrate(c);
            return store;
        } catch (SQLException e) {
            throw new StoreException("cannot open store " + Dialect.redact(jdbcUrl) + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The embedded default: {@code <dataDir>/heed.duckdb}. */
    public static HeedStore openEmbedded(Path dataDir) {
        return open("jdbc:duckdb:" + dataDir.resolve(DEFAULT_FILE).toAbsolutePath());
    }

    private void configure(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            if (dialect == Dialect.DUCKDB) {
                s.execute("SET TimeZone = 'UTC'");
                // Progress is tracked only with the progress bar on; Heed draws its own, so DuckDB prints nothing.
                s.execute("SET enable_progress_bar = true");
                s.execute("SET enable_progress_bar_print = false");
                // DuckDB's WAL size that triggers a checkpoint (default 16 MB), for operators to tune; measured with
                // the auction log: no gain from 1 GB (BENCHMARKS.md)
                if (checkpointThreshold != null) {
                    s.execute("SET checkpoint_threshold = '" + checkpointThreshold + "'");
                }
                if (tempDir != null) {
                    s.execute("SET temp_directory = '" + tempDir.toString().replace("'", "''") + "'");
                }
            } else {
                s.execute("SET TIME ZONE 'UTC'");
            }
        }
    }

    /** The directory of the embedded store's file; empty for PostgreSQL and in-memory stores. */
    public java.util.Optional<Path> directory() {
        return java.util.Optional.ofNullable(tempDir).map(Path::getParent);
    }

    public Dialect dialect() {
        return dialect;
    }

    public String url() {
        return url;
    }

    /** A new connection for reading, configured like the writer; the caller closes it. */
    public Connection readConnection() throws SQLException {
        Connection c = dialect == Dialect.DUCKDB
                ? ((org.duckdb.DuckDBConnection) writer).duplicate()
                : DriverManager.getConnection(url);
        configure(c);
        return c;
    }

    /** Runs a write under the single-writer lock, in one transaction that commits or rolls back. */
    public <T> T write(SqlWork<T> work) {
        return exclusive(c -> inTransaction(c, work));
    }

    /**
     * Runs work on the writer connection under the single-writer lock, in auto-commit mode: for preparation in
     * temporary tables before a transaction (DuckDB numbers rows of temporary tables made inside a transaction
     * from 2^55, so positions must be taken outside one). Use {@link #inTransaction} for the durable part.
     */
    public <T> T exclusive(SqlWork<T> work) {
        writeLock.lock();
        try {
            return work.run(writer);
        } catch (SQLException e) {
            throw new StoreException("store write failed: " + e.getMessage(), e);
        } finally {
            writeLock.unlock();
        }
    }

    /** Runs work in one transaction on the given connection: it commits, or rolls back and rethrows. */
    public static <T> T inTransaction(Connection c, SqlWork<T> work) throws SQLException {
        c.setAutoCommit(false);
        try {
            T result = work.run(c);
            long t = System.nanoTime();
            c.commit();
            LOG.debug("commit {} ms", (System.nanoTime() - t) / 1_000_000);
            return result;
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    /** Runs a read on a fresh connection. */
    public <T> T read(SqlWork<T> work) {
        try (Connection c = readConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new StoreException("store read failed: " + e.getMessage(), e);
        }
    }

    /**
     * The one instance of {@code type} kept beside this store, made by {@code make} on first use: for state a room
     * must not hold twice for one database, such as the events room's fingerprints of stored keys.
     */
    public <T> T shared(Class<T> type, Function<HeedStore, T> make) {
        return type.cast(shared.computeIfAbsent(type, k -> make.apply(this)));
    }

    @Override
    public void close() {
        try {
            writer.close();
        } catch (SQLException e) {
            throw new StoreException("closing the store failed: " + e.getMessage(), e);
        }
    }

    /** Database work that may throw {@link SQLException}. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection c) throws SQLException;
    }
}
