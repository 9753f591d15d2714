package io.heed.events.sql;

import io.heed.events.ingest.IngestFormat;
import io.heed.events.ingest.Quarantined;
import io.heed.events.model.Event;
import io.heed.events.port.EventAppender.AppendResult;
import io.heed.storage.Dialect;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Writes already validated events (HTTP batches, the Java API) into the stage table with the fastest bulk path of
 * each database (DuckDB's Appender, PostgreSQL's COPY), then merges them with {@link StageMerger}. Runs inside the
 * caller's transaction, so the batch is durable exactly when that transaction commits.
 */
public final class EventBatchWriter {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(EventBatchWriter.class);
    private final Dialect dialect;

    public EventBatchWriter(Dialect dialect) {
        this.dialect = dialect;
    }

    public AppendResult write(Connection c, String source, List<Event> events, List<Quarantined> quarantined)
            throws SQLException {
        return write(c, source, events, quarantined, null);
    }

    /**
     * As above; with a key filter (embedded store), the check against stored events runs only when some key of
     * the batch may be stored, and the keys written are added to the filter.
     */
    public AppendResult write(
            Connection c, String source, List<Event> events, List<Quarantined> quarantined, EventKeyFilter keys)
            throws SQLException {
        boolean checkStored = true;
        long[] hashes = null;
        if (keys != null) {
            hashes = new long[events.size()];
            checkStored = false;
            for (int i = 0; i < hashes.length; i++) {
                hashes[i] = EventKeyFilter.hash(
                        events.get(i).tenantId(), events.get(i).eventId());
                checkStored |= keys.mightContain(hashes[i]);
            }
        }
        long t0 = System.nanoTime();
        long batch = FileIngest.newBatch(c, source, IngestFormat.EVENTS_JSONL);
        try (Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS stage_ok");
            s.execute(StageMerger.stageTableDdl(dialect));
        }
        long t1 = System.nanoTime();
        if (dialect == Dialect.DUCKDB) {
            appendDuck(c.unwrap(DuckDBConnection.class), events);
        } else {
            copyPostgres(c, events);
        }
        long t2 = System.nanoTime();
        writeQuarantine(c, batch, quarantined);
        long t3 = System.nanoTime();
        StageMerger.Merged m = new StageMerger(dialect).merge(c, batch, checkStored);
        long t4 = System.nanoTime();
        if (hashes != null) {
            // Added before the commit: if it fails, the extra keys only cost an exact check later.
            for (long h : hashes) {
                keys.add(h);
            }
        }
        if (dialect == Dialect.DUCKDB) {
            try (Statement s = c.createStatement()) {
                s.execute("DROP TABLE stage_ok");
            }
        }
        try (PreparedStatement p = c.prepareStatement("UPDATE ingest_batches SET finished_at = CURRENT_TIMESTAMP, "
                + "rows_read = ?, accepted = ?, duplicates = ?, quarantined = ? WHERE batch_id = ?")) {
            p.setLong(1, events.size() + quarantined.size());
            p.setLong(2, m.inserted());
            p.setLong(3, m.duplicates());
            p.setLong(4, quarantined.size());
            p.setLong(5, batch);
            p.executeUpdate();
        }
        LOG.debug(
                "append of {} events: batch+stage {} ms, rows {} ms, quarantine {} ms, merge {} ms, finish {} ms",
                events.size(),
                (t1 - t0) / 1_000_000,
                (t2 - t1) / 1_000_000,
                (t3 - t2) / 1_000_000,
                (t4 - t3) / 1_000_000,
                (System.nanoTime() - t4) / 1_000_000);
        return new AppendResult(m.inserted(), m.duplicates(), quarantined.size(), m.newLinks());
    }

    private static void appendDuck(DuckDBConnection c, List<Event> events) throws SQLException {
        try (DuckDBAppender a = c.createAppender("temp", "main", "stage_ok")) {
            long seq = 0;
            for (Event e : events) {
                a.beginRow();
                a.append(seq++);
                a.append(e.tenantId());
                a.append(e.eventId());
                a.append(e.type());
                appendNullable(a, rawUser(e));
                appendNullable(a, e.anonymousId());
                appendNullable(a, e.itemId());
                appendNullable(a, e.adId());
                a.appendEpochMicros(micros(e.timestamp()));
                if (e.value() == null) {
                    a.appendNull();
                } else {
                    a.append(e.value().doubleValue());
                }
                appendNullable(a, e.context().placement());
                if (e.context().position() == null) {
                    a.appendNull();
                } else {
                    a.append(e.context().position().intValue());
                }
                appendNullable(a, e.context().device());
                appendNullable(a, e.context().platform());
                appendNullable(a, e.context().geo());
                appendNullable(a, e.context().sessionId());
                appendNullable(a, e.context().page());
                appendNullable(a, e.attributes());
                a.endRow();
            }
            a.flush();
        }
    }

    private static void appendNullable(DuckDBAppender a, String v) throws SQLException {
        if (v == null) {
            a.appendNull();
        } else {
            a.append(v);
        }
    }

    /** The user id as sent: null when the event carried only an anonymous id (the validator filled it in). */
    private static String rawUser(Event e) {
        return e.anonymousId() != null && e.userId().equals(e.anonymousId()) ? null : e.userId();
    }

    private static long micros(Instant t) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, t);
    }

    private static void copyPostgres(Connection c, List<Event> events) throws SQLException {
        try (Writer w = new BufferedWriter(
                new OutputStreamWriter(
                        new PGCopyOutputStream(c.unwrap(PGConnection.class), "COPY stage_ok FROM STDIN"),
                        StandardCharsets.UTF_8),
                1 << 16)) {
            long seq = 0;
            for (Event e : events) {
                Object[] row = {
                    seq++,
                    e.tenantId(),
                    e.eventId(),
                    e.type(),
                    rawUser(e),
                    e.anonymousId(),
                    e.itemId(),
                    e.adId(),
                    text(e.timestamp()),
                    e.value(),
                    e.context().placement(),
                    e.context().position(),
                    e.context().device(),
                    e.context().platform(),
                    e.context().geo(),
                    e.context().sessionId(),
                    e.context().page(),
                    e.attributes()
                };
                for (int i = 0; i < row.length; i++) {
                    if (i > 0) {
                        w.write('\t');
                    }
                    if (row[i] == null) {
                        w.write("\\N");
                    } else {
                        PostgresCopy.writeEscaped(w, row[i].toString());
                    }
                }
                w.write('\n');
            }
        } catch (IOException e) {
            throw new SQLException("COPY of events failed: " + e.getMessage(), e);
        }
    }

    private static String text(Instant t) {
        return LocalDateTime.ofInstant(t.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC)
                .toString();
    }

    private static void writeQuarantine(Connection c, long batch, List<Quarantined> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO quarantine (batch_id, source, line_no, reason, "
                + "field, message, raw, quarantined_at) VALUES (?, ?, ?, ?, ?, ?, ?, CURRENT_TIMESTAMP)")) {
            for (Quarantined q : rows) {
                p.setLong(1, batch);
                p.setString(2, q.source());
                p.setLong(3, q.index());
                p.setString(4, q.reason());
                p.setString(5, q.field());
                p.setString(6, q.message());
                p.setString(7, q.raw());
                p.addBatch();
            }
            p.executeBatch();
        }
    }
}
