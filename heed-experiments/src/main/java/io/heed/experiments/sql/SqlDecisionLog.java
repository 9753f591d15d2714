package io.heed.experiments.sql;

import io.heed.experiments.promotion.DecisionLog;
import io.heed.experiments.promotion.PromotionDecision;
import io.heed.experiments.promotion.PromotionRecord;
import io.heed.storage.HeedStore;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/** Promotion decisions and their evidence in the {@code promotion_decisions} table, one tenant. */
public final class SqlDecisionLog implements DecisionLog {
    private final HeedStore store;
    private final String tenant;

    public SqlDecisionLog(HeedStore store, String tenant) {
        this.store = store;
        this.tenant = tenant;
    }

    @Override
    public void append(PromotionDecision d) {
        PromotionRecord r = PromotionRecord.of(d);
        store.write(c -> {
            try (PreparedStatement ps =
                    c.prepareStatement("INSERT INTO promotion_decisions VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, tenant);
                ps.setTimestamp(2, Timestamp.from(r.decidedAt()));
                ps.setString(3, r.champion());
                ps.setString(4, r.challenger());
                ps.setString(5, r.outcome());
                ps.setString(6, r.reason());
                ps.setString(7, r.evidenceKind());
                ps.setString(8, r.evidence());
                setDouble(ps, 9, r.estimate());
                setDouble(ps, 10, r.ciLow());
                setDouble(ps, 11, r.ciHigh());
                setDouble(ps, 12, r.baseline());
                return ps.executeUpdate();
            }
        });
    }

    private static void setDouble(PreparedStatement ps, int i, Double v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.DOUBLE);
        } else {
            ps.setDouble(i, v);
        }
    }

    @Override
    public List<PromotionRecord> recent(int limit) {
        return store.read(c -> {
            List<PromotionRecord> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT decided_at, champion, challenger, outcome, reason, "
                    + "evidence_kind, evidence, estimate, ci_low, ci_high, baseline FROM promotion_decisions "
                    + "WHERE tenant_id = ? ORDER BY decided_at DESC LIMIT " + Math.max(0, limit))) {
                ps.setString(1, tenant);
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) {
                        out.add(new PromotionRecord(
                                r.getTimestamp(1).toInstant(),
                                r.getString(2),
                                r.getString(3),
                                r.getString(4),
                                r.getString(5),
                                r.getString(6),
                                r.getString(7),
                                dbl(r, 8),
                                dbl(r, 9),
                                dbl(r, 10),
                                dbl(r, 11)));
                    }
                }
            }
            return out;
        });
    }

    private static Double dbl(ResultSet r, int i) throws SQLException {
        double v = r.getDouble(i);
        return r.wasNull() ? null : v;
    }
}
