package io.heed.ads.sql;

import io.heed.ads.decide.AuctionLogSink;
import io.heed.ads.decide.Decision;
import io.heed.ads.port.SpendHistory;
import io.heed.storage.Dialect;
import io.heed.storage.HeedStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * The auction log ({@code ad_auctions}: one row per decision with its candidates and winners) and spend
 * ({@code ad_spend}: one row per charge). Batches go in one transaction: on the embedded store through DuckDB's
 * Appender into a temporary stage and one INSERT from it (a prepared statement manages only a few thousand rows a
 * second there, and the Appender commits on its own), on PostgreSQL by batched inserts.
 */
public final class SqlAuctionLog implements AuctionLogSink, SpendHistory {
    private final HeedStore store;

    public SqlAuctionLog(HeedStore store) {
        this.store = store;
    }

    @Override
    public void append(List<Decision> decisions) {
        List<AuctionRow> rows = new ArrayList<>(decisions.size());
        for (Decision d : decisions) {
            rows.add(AuctionRow.of(d));
        }
        store.write(c -> {
            appendRows(c, rows);
            return null;
        });
    }

    /** Writes the rows and their charges inside the caller's transaction. */
    void appendRows(Connection c, List<AuctionRow> rows) throws SQLException {
        List<Charge> charges = new ArrayList<>();
        for (AuctionRow r : rows) {
            charges.addAll(r.charges());
        }
        if (store.dialect() == Dialect.DUCKDB) {
            appendDuck(c.unwrap(DuckDBConnection.class), rows);
            appendSpendDuck(c.unwrap(DuckDBConnection.class), charges);
        } else {
            insertDecisions(c, rows);
            insertSpend(c, charges);
        }
    }

    /** Writes charges taken outside decisions inside the caller's transaction. */
    void appendCharges(Connection c, List<Charge> charges) throws SQLException {
        if (store.dialect() == Dialect.DUCKDB) {
            appendSpendDuck(c.unwrap(DuckDBConnection.class), charges);
        } else if (!charges.isEmpty()) {
            insertSpend(c, charges);
        }
    }

    @Override
    public void record(List<Charge> charges) {
        store.write(c -> {
            if (store.dialect() == Dialect.DUCKDB) {
                appendSpendDuck(c.unwrap(DuckDBConnection.class), charges);
            } else {
                insertSpend(c, charges);
            }
            return null;
        });
    }

    @Override
    public Map<String, Spent> load(long dayStartMillis) {
        return store.read(c -> {
            Map<String, Spent> out = new HashMap<>();
            try (PreparedStatement p = c.prepareStatement("SELECT campaign_id, SUM(micros), "
                    + "SUM(CASE WHEN ts >= ? THEN micros ELSE 0 END) FROM ad_spend GROUP BY campaign_id")) {
                p.setObject(1, ts(dayStartMillis));
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        out.put(r.getString(1), new Spent(r.getLong(2), r.getLong(3)));
                    }
                }
            }
            return out;
        });
    }

    /**
     * DuckDB's Appender commits what it appends on its own, whatever the connection's transaction: appending straight
     * into a table would make those rows permanent even when the transaction around them (with the journal's
     * checkpoint) rolls back or never commits, and a crash would then load them twice. So rows go into a temporary
     * table of the connection (gone with a crash) and move into the table with one INSERT inside the transaction.
     */
    private static void viaStage(DuckDBConnection c, String table, AppendWork work) throws SQLException {
        String stage = "stage_" + table;
        try (java.sql.Statement s = c.createStatement()) {
            s.execute("CREATE TEMP TABLE IF NOT EXISTS " + stage + " AS SELECT * FROM " + table + " LIMIT 0");
            s.execute("DELETE FROM " + stage); // what a failed attempt left
            try (DuckDBAppender a = c.createAppender("temp", "main", stage)) {
                work.append(a);
            }
            s.execute("INSERT INTO " + table + " SELECT * FROM " + stage);
            s.execute("DELETE FROM " + stage);
        }
    }

    private interface AppendWork {
        void append(DuckDBAppender a) throws SQLException;
    }

    private static void appendDuck(DuckDBConnection c, List<AuctionRow> rows) throws SQLException {
        viaStage(c, "ad_auctions", a -> appendRowsTo(a, rows));
    }

    private static void appendRowsTo(DuckDBAppender a, List<AuctionRow> rows) throws SQLException {
        for (AuctionRow d : rows) {
            a.beginRow();
            a.append(d.decisionId());
            a.append(d.requestId());
            a.append(d.placementId());
            a.appendEpochMicros(d.timestampMillis() * 1000);
            a.append(d.floorCpm());
            a.append(d.personalised());
            nullable(a, d.userId());
            nullable(a, d.persona());
            nullable(a, d.problem());
            a.append(d.candidateCount());
            a.append(d.candidates());
            a.append(d.winners());
            a.endRow();
        }
    }

    private static void appendSpendDuck(DuckDBConnection c, List<Charge> charges) throws SQLException {
        if (charges.isEmpty()) {
            return;
        }
        viaStage(c, "ad_spend", a -> appendChargesTo(a, charges));
    }

    private static void appendChargesTo(DuckDBAppender a, List<Charge> charges) throws SQLException {
        for (Charge ch : charges) {
            a.beginRow();
            a.append(ch.decisionId());
            a.append(ch.campaignId());
            a.appendEpochMicros(ch.timestampMillis() * 1000);
            a.append(ch.kind());
            a.append(ch.micros());
            a.endRow();
        }
    }

    private static void insertDecisions(Connection c, List<AuctionRow> rows) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO ad_auctions VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")) {
            for (AuctionRow d : rows) {
                p.setString(1, d.decisionId());
                p.setString(2, d.requestId());
                p.setString(3, d.placementId());
                p.setObject(4, ts(d.timestampMillis()));
                p.setDouble(5, d.floorCpm());
                p.setBoolean(6, d.personalised());
                p.setString(7, d.userId());
                p.setString(8, d.persona());
                p.setString(9, d.problem());
                p.setInt(10, d.candidateCount());
                p.setString(11, d.candidates());
                p.setString(12, d.winners());
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    private static void insertSpend(Connection c, List<Charge> charges) throws SQLException {
        try (PreparedStatement p = c.prepareStatement("INSERT INTO ad_spend VALUES (?,?,?,?,?)")) {
            for (Charge ch : charges) {
                p.setString(1, ch.decisionId());
                p.setString(2, ch.campaignId());
                p.setObject(3, ts(ch.timestampMillis()));
                p.setString(4, ch.kind());
                p.setLong(5, ch.micros());
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    private static void nullable(DuckDBAppender a, String s) throws SQLException {
        if (s == null) {
            a.appendNull();
        } else {
            a.append(s);
        }
    }

    private static Timestamp ts(long millis) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(Instant.ofEpochMilli(millis), ZoneOffset.UTC));
    }
}
