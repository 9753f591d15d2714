package io.heed.revenue.sql;

import io.heed.revenue.Attribution;
import io.heed.revenue.Dimension;
import io.heed.revenue.LedgerTotals;
import io.heed.revenue.RevenueLedger;
import io.heed.revenue.RevenueQuery;
import io.heed.storage.Dialect;
import io.heed.storage.HeedStore;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link RevenueLedger} in SQL over {@code clean_events}, {@code ads} and {@code user_personas}.
 * <ul>
 *   <li>An impression's price is its {@code value} when the ad server logged one (the price paid, currency units),
 *       else the ad's {@code bid_cpm / 1000} (CPM billing at the bid); an ad missing from the catalog earns 0.
 *       A click's {@code value}, when logged, is its price (CPC billing) and adds to the revenue.</li>
 *   <li>Conversions are attributed as {@link Attribution} says (a window join and {@code ROW_NUMBER} per
 *       purchase); a credited conversion takes the campaign, placement and day of its touch.</li>
 *   <li>Groups missing a label get {@code (unknown campaign)}, {@code (no placement)} or {@code (no persona)}.</li>
 * </ul>
 * The statement is portable between DuckDB and PostgreSQL (UNION ALL of partial sums rather than FULL JOIN).
 */
public final class SqlRevenueLedger implements RevenueLedger {
    private final HeedStore store;

    public SqlRevenueLedger(HeedStore store) {
        this.store = store;
    }

    @Override
    public List<LedgerTotals> totals(RevenueQuery q) {
        String sql = attributed(q) + totalsSql(q.by());
        return store.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                bind(ps, q);
                List<LedgerTotals> out = new ArrayList<>();
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) {
                        out.add(new LedgerTotals(
                                r.getString(1),
                                r.getLong(2),
                                r.getDouble(3),
                                r.getLong(4),
                                r.getLong(5),
                                r.getLong(6),
                                r.getDouble(7),
                                r.getLong(8),
                                r.getLong(9)));
                    }
                }
                return out;
            }
        });
    }

    @Override
    public long unattributedConversions(RevenueQuery q) {
        String sql = attributed(q) + "SELECT COUNT(*) FROM conv cv WHERE cv.ad_id IS NOT NULL AND NOT EXISTS "
                + "(SELECT 1 FROM credited x WHERE x.tenant_id = cv.tenant_id AND x.event_id = cv.event_id)";
        return store.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                bind(ps, q);
                try (ResultSet r = ps.executeQuery()) {
                    r.next();
                    return r.getLong(1);
                }
            }
        });
    }

    private static void bind(PreparedStatement ps, RevenueQuery q) throws SQLException {
        int i = 1;
        if (q.tenant() != null) {
            ps.setString(i++, q.tenant());
        }
        ps.setLong(i++, q.attribution().clickWindow().toMillis());
        ps.setLong(
                i, q.attribution().viewThrough() ? q.attribution().viewWindow().toMillis() : -1);
    }

    /** The CTEs every query shares: ad events, conversions and the credited touch of each conversion. */
    private String attributed(RevenueQuery q) {
        String ms = millisDiff("cv.ts", "k.ts");
        String tenant = q.tenant() == null ? "" : " AND tenant_id = ?";
        return "WITH ev AS (SELECT tenant_id, event_id, event_type, user_id, ad_id, item_id, ts, value, placement, "
                + "session_id, page FROM clean_events WHERE event_type IN ('impression', 'click', 'purchase')"
                + tenant + "), "
                + "imp AS (SELECT e.*, a.campaign_id, COALESCE(e.value, a.bid_cpm / 1000.0, 0.0) AS price, "
                + "a.landing_item_id FROM ev e LEFT JOIN ads a ON a.tenant_id = e.tenant_id AND a.ad_id = e.ad_id "
                + "WHERE e.event_type = 'impression' AND e.ad_id IS NOT NULL), "
                + "clk AS (SELECT e.*, a.campaign_id, a.landing_item_id FROM ev e LEFT JOIN ads a "
                + "ON a.tenant_id = e.tenant_id AND a.ad_id = e.ad_id WHERE e.event_type = 'click' AND e.ad_id IS NOT NULL), "
                + "conv AS (SELECT tenant_id, event_id, user_id, ad_id, item_id, ts, value FROM ev "
                + "WHERE event_type = 'purchase'), "
                + touches("clickc", "clk", ms + " <= ?") + ", "
                + "clickw AS (SELECT * FROM clickc WHERE rn = 1), "
                + touches("viewc", "imp", ms + " <= ?") + ", "
                + "vieww AS (SELECT * FROM viewc v WHERE rn = 1 AND NOT EXISTS (SELECT 1 FROM clickw w "
                + "WHERE w.tenant_id = v.tenant_id AND w.event_id = v.event_id)), "
                + "credited AS (SELECT tenant_id, event_id FROM clickw UNION ALL SELECT tenant_id, event_id FROM vieww) ";
    }

    /**
     * Candidate touches of each conversion from a touch table: same user, at or before the purchase, within the
     * window, on the ad the purchase names or (when it names none) an ad whose landing item it bought; ranked
     * latest first.
     */
    private static String touches(String name, String table, String window) {
        return name + " AS (SELECT cv.tenant_id, cv.event_id, cv.value, k.user_id, k.campaign_id, k.placement, k.ts, "
                + "ROW_NUMBER() OVER (PARTITION BY cv.tenant_id, cv.event_id ORDER BY k.ts DESC, k.event_id DESC) AS rn "
                + "FROM conv cv JOIN " + table + " k ON k.tenant_id = cv.tenant_id AND k.user_id = cv.user_id "
                + "AND k.ts <= cv.ts AND " + window + " AND (cv.ad_id = k.ad_id OR (cv.ad_id IS NULL AND "
                + "cv.item_id = k.landing_item_id)))";
    }

    private String millisDiff(String later, String earlier) {
        Dialect d = store.dialect();
        return "(" + d.epochMillis(later) + " - " + d.epochMillis(earlier) + ")";
    }

    /** Partial sums per group from each table, added up (9 columns, {@link LedgerTotals} order). */
    private static String totalsSql(Dimension by) {
        String value = "SUM(COALESCE(x.value, 0.0))";
        String parts = part(
                        by,
                        "imp",
                        "COUNT(*)",
                        "SUM(x.price)",
                        "0",
                        "0",
                        "0",
                        "0.0",
                        "COUNT(DISTINCT " + page("x") + ")",
                        "COUNT(DISTINCT x.tenant_id || '|' || x.user_id)")
                + " UNION ALL " + part(by, "clk", "0", value, "COUNT(*)", "0", "0", "0.0", "0", "0")
                + " UNION ALL " + part(by, "clickw", "0", "0.0", "0", "COUNT(*)", "0", value, "0", "0")
                + " UNION ALL " + part(by, "vieww", "0", "0.0", "0", "0", "COUNT(*)", value, "0", "0");
        if (by == Dimension.TOTAL) {
            parts += " UNION ALL SELECT 'all', 0, 0.0, 0, 0, 0, 0.0, 0, 0";
        }
        return "SELECT k, SUM(i), SUM(r), SUM(c), SUM(cc), SUM(vc), SUM(v), SUM(p), SUM(u) FROM (" + parts
                + ") t GROUP BY k ORDER BY k";
    }

    private static String part(Dimension by, String table, String... cols) {
        String join = by == Dimension.PERSONA
                ? " LEFT JOIN user_personas up ON up.tenant_id = x.tenant_id " + "AND up.user_id = x.user_id"
                : "";
        String[] names = {"k", "i", "r", "c", "cc", "vc", "v", "p", "u"};
        StringBuilder sb = new StringBuilder("SELECT ").append(key(by)).append(" AS k");
        for (int j = 0; j < cols.length; j++) {
            sb.append(", ").append(cols[j]).append(" AS ").append(names[j + 1]);
        }
        sb.append(" FROM ").append(table).append(" x").append(join);
        return by == Dimension.TOTAL
                ? sb.toString()
                : sb.append(" GROUP BY ").append(key(by)).toString();
    }

    private static String key(Dimension by) {
        return switch (by) {
            case CAMPAIGN -> "COALESCE(x.campaign_id, '(unknown campaign)')";
            case PLACEMENT -> "COALESCE(x.placement, '(no placement)')";
            case DAY -> "CAST(CAST(x.ts AS DATE) AS VARCHAR)";
            case PERSONA -> "COALESCE(up.persona, '(no persona)')";
            case TOTAL -> "'all'";
        };
    }

    /** One page view: the page within its session; an impression without a page counts as its own. */
    private static String page(String a) {
        return "COALESCE(" + a + ".session_id, '') || '|' || COALESCE(" + a + ".page, 'event:' || " + a + ".event_id)"
                + " || '|' || " + a + ".user_id";
    }
}
