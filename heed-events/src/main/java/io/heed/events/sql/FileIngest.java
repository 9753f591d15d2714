package io.heed.events.sql;

import io.heed.events.ingest.IngestFormat;
import io.heed.events.ingest.IngestReport;
import io.heed.events.ingest.ProgressListener;
import io.heed.events.validate.RejectReason;
import io.heed.events.validate.ValidationPolicy;
import io.heed.storage.Dialect;
import io.heed.storage.HeedStore;
import io.heed.storage.Sql;
import io.heed.storage.StoreException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.duckdb.DuckDBPreparedStatement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bulk file ingest that lets DuckDB do the work: DuckDB reads and validates the file in one query
 * ({@link FormatMappings}, {@link SqlValidation}) into a temporary stage, quarantines the rejected rows with their
 * reason and raw text, then {@link StageMerger} moves the valid ones into {@code events}, all in one transaction.
 * On PostgreSQL an in-memory DuckDB does the reading and validation and the rows are streamed in with COPY.
 * Memory stays bounded: DuckDB spills the stage to disk when it outgrows its memory limit.
 */
public final class FileIngest {
    private static final Logger LOG = LoggerFactory.getLogger(FileIngest.class);
    private final HeedStore store;
    private final ValidationPolicy policy;
    private final MappingOptions options;

    public FileIngest(HeedStore store, ValidationPolicy policy, MappingOptions options) {
        this.store = store;
        this.policy = policy;
        this.options = options;
    }

    public IngestReport ingest(Path file, IngestFormat format, ProgressListener progress) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no such file: " + file);
        }
        long started = System.nanoTime();
        String source = file.getFileName().toString();
        if (store.dialect() == Dialect.DUCKDB) {
            return store.exclusive(c -> {
                Staged staged = stage(c, file, format, progress);
                long stagedAt = System.nanoTime();
                try {
                    createStageView(c);
                    return HeedStore.inTransaction(c, tx -> {
                        long batch = newBatch(tx, source, format);
                        long quarantined = quarantineLocally(tx, batch, source, staged.headerLines);
                        long quarantinedAt = System.nanoTime();
                        StageMerger.Merged m = new StageMerger(Dialect.DUCKDB).merge(tx, batch);
                        LOG.debug(
                                "{}: stage {} ms, quarantine {} ms, merge {} ms",
                                source,
                                (stagedAt - started) / 1_000_000,
                                (quarantinedAt - stagedAt) / 1_000_000,
                                (System.nanoTime() - quarantinedAt) / 1_000_000);
                        return finish(tx, batch, source, format, staged, quarantined, m, started);
                    });
                } finally {
                    dropStage(c);
                }
            });
        }
        try (Connection reader = DriverManager.getConnection("jdbc:duckdb:")) {
            try (Statement s = reader.createStatement()) {
                s.execute("SET TimeZone = 'UTC'");
                s.execute("SET enable_progress_bar = true");
                s.execute("SET enable_progress_bar_print = false");
            }
            Staged staged = stage(reader, file, format, progress);
            createStageView(reader);
            return store.write(pg -> {
                long batch = newBatch(pg, source, format);
                long quarantined = PostgresCopy.copyQuarantine(reader, pg, batch, source, staged.headerLines);
                PostgresCopy.copyStage(reader, pg);
                StageMerger.Merged m = new StageMerger(Dialect.POSTGRES).merge(pg, batch);
                return finish(pg, batch, source, format, staged, quarantined, m, started);
            });
        } catch (SQLException e) {
            throw new StoreException("ingest of " + file + " failed: " + e.getMessage(), e);
        }
    }

    private record Staged(long rows, Map<String, Long> reasons, int headerLines) {}

    /** Reads, maps and validates the file into the temp table {@code stage_all} (and DuckDB's rejects table). */
    private Staged stage(Connection c, Path file, IngestFormat format, ProgressListener progress) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS stage_all");
            s.execute("DROP TABLE IF EXISTS " + FormatMappings.REJECTS);
            s.execute("DROP TABLE IF EXISTS " + FormatMappings.REJECT_SCANS);
        }
        FormatMappings.Mapping mapping;
        try {
            mapping = FormatMappings.of(format, file, c, options);
        } catch (SQLException e) {
            throw new IllegalArgumentException(
                    "cannot read " + file + " as " + format.cliName() + ": " + firstLine(e.getMessage()), e);
        }
        String sql = "CREATE TEMP TABLE stage_all AS " + SqlValidation.validatingSelect(mapping.sql(), policy);
        try (DuckDBPreparedStatement ps = c.prepareStatement(sql).unwrap(DuckDBPreparedStatement.class)) {
            runWithProgress(ps, progress);
        } catch (SQLException e) {
            throw new IllegalArgumentException(
                    "cannot read " + file + " as " + format.cliName() + ": " + firstLine(e.getMessage()), e);
        }
        Map<String, Long> reasons = new HashMap<>();
        long rows = 0;
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT COALESCE(reason, ''), COUNT(*) FROM stage_all GROUP BY 1")) {
            while (r.next()) {
                rows += r.getLong(2);
                if (!r.getString(1).isEmpty()) {
                    reasons.put(r.getString(1), r.getLong(2));
                }
            }
        }
        try (Statement s = c.createStatement()) {
            if (mapping.csvRejects() && tableExists(c, FormatMappings.REJECTS)) {
                s.execute(PostgresCopy.rejectedLinesDdl(mapping.headerLines()));
            } else {
                s.execute("CREATE OR REPLACE TEMP TABLE " + FormatMappings.REJECTED_LINES + " (line BIGINT, g BIGINT)");
            }
            long broken = Sql.count(s, "SELECT COUNT(*) FROM " + FormatMappings.REJECTED_LINES);
            if (broken > 0) {
                reasons.merge(RejectReason.MALFORMED_ROW.code(), broken, Long::sum);
                rows += broken;
            }
        }
        progress.progress(100, 100);
        return new Staged(rows, reasons, mapping.headerLines());
    }

    /** Polls DuckDB's query progress (percent) while the statement runs. */
    private static void runWithProgress(DuckDBPreparedStatement ps, ProgressListener progress) throws SQLException {
        ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "ingest-progress");
            t.setDaemon(true);
            return t;
        });
        poller.scheduleAtFixedRate(
                () -> {
                    try {
                        double pct = ps.getQueryProgress().getPercentage();
                        if (pct >= 0) {
                            progress.progress(Math.round(pct), 100);
                        }
                    } catch (SQLException | RuntimeException ignored) {
                        // The statement may finish between the check and the call; progress is best effort.
                    }
                },
                200,
                200,
                TimeUnit.MILLISECONDS);
        try {
            ps.execute();
        } finally {
            poller.shutdownNow();
        }
    }

    private static long quarantineLocally(Connection c, long batch, String source, int headerLines)
            throws SQLException {
        try (Statement s = c.createStatement()) {
            long n = s.executeUpdate(
                    "INSERT INTO quarantine " + PostgresCopy.quarantineSelect(batch, source, headerLines));
            if (tableExists(c, FormatMappings.REJECTS)) {
                n += s.executeUpdate("INSERT INTO quarantine " + PostgresCopy.rejectsSelect(batch, source));
            }
            return n;
        }
    }

    private static void createStageView(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE OR REPLACE TEMP VIEW stage_ok AS SELECT rowid AS seq, tenant_id, event_id, event_type, "
                    + "raw_user_id, anonymous_id, item_id, ad_id, ts, value, placement, position, device, platform, geo, "
                    + "session_id, page, attributes FROM stage_all WHERE reason IS NULL");
        }
    }

    private static void dropStage(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("DROP VIEW IF EXISTS stage_ok");
            s.execute("DROP TABLE IF EXISTS stage_all");
            s.execute("DROP TABLE IF EXISTS " + FormatMappings.REJECTS);
            s.execute("DROP TABLE IF EXISTS " + FormatMappings.REJECT_SCANS);
            s.execute("DROP TABLE IF EXISTS " + FormatMappings.REJECTED_LINES);
        }
    }

    static long newBatch(Connection c, String source, IngestFormat format) throws SQLException {
        long batch;
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT nextval('batch_seq')")) {
            r.next();
            batch = r.getLong(1);
        }
        try (var p = c.prepareStatement("INSERT INTO ingest_batches (batch_id, source, format, started_at) "
                + "VALUES (?, ?, ?, CURRENT_TIMESTAMP)")) {
            p.setLong(1, batch);
            p.setString(2, source);
            p.setString(3, format.cliName());
            p.executeUpdate();
        }
        return batch;
    }

    private static IngestReport finish(
            Connection c,
            long batch,
            String source,
            IngestFormat format,
            Staged staged,
            long quarantined,
            StageMerger.Merged m,
            long started)
            throws SQLException {
        try (var p = c.prepareStatement("UPDATE ingest_batches SET finished_at = CURRENT_TIMESTAMP, rows_read = ?, "
                + "accepted = ?, duplicates = ?, quarantined = ? WHERE batch_id = ?")) {
            p.setLong(1, staged.rows);
            p.setLong(2, m.inserted());
            p.setLong(3, m.duplicates());
            p.setLong(4, quarantined);
            p.setLong(5, batch);
            p.executeUpdate();
        }
        return new IngestReport(
                source,
                format.cliName(),
                staged.rows,
                m.inserted(),
                m.duplicates(),
                quarantined,
                staged.reasons,
                m.newLinks(),
                Duration.ofNanos(System.nanoTime() - started));
    }

    static boolean tableExists(Connection c, String table) throws SQLException {
        try (var p = c.prepareStatement("SELECT COUNT(*) FROM duckdb_tables() WHERE table_name = ?")) {
            p.setString(1, table);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return r.getLong(1) > 0;
            }
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unknown error";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
