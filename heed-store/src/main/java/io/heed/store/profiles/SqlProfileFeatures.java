package io.heed.store.profiles;

import io.heed.profiles.FeatureSet;
import io.heed.profiles.ProfileFeatureSource;
import io.heed.profiles.ProfileFeatures;
import io.heed.profiles.ProfileMatrix;
import io.heed.store.HeedStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The standard profile features ({@link ProfileFeatures}, version 1) computed in SQL over {@code clean_events},
 * {@code items}, {@code users} and {@code sessions}: one aggregate query for the per-user features and one for the
 * smoothed category shares; Java only places the numbers into the dense matrix. The SQL is portable between
 * DuckDB and PostgreSQL (EXTRACT, LN, GREATEST, CASE, window-free aggregates).
 */
public final class SqlProfileFeatures implements ProfileFeatureSource {
    private final HeedStore store;
    private final String tenant;
    private volatile String window = "";

    /** Features of one tenant's users, or of all users when {@code tenant} is null. */
    public SqlProfileFeatures(HeedStore store, String tenant) {
        this.store = store;
        this.tenant = tenant;
    }

    private String t(String alias) {
        return tenant == null ? "" : " AND " + alias + "tenant_id = ?";
    }

    private int bindTenant(PreparedStatement ps, int times) throws SQLException {
        if (tenant != null) {
            for (int i = 1; i <= times; i++) {
                ps.setString(i, tenant);
            }
            return times;
        }
        return 0;
    }

    private String ev() {
        return "ev AS (SELECT tenant_id, user_id, event_type, item_id, ad_id, ts, value, device, platform "
                + "FROM clean_events WHERE 1 = 1" + t("") + ")";
    }

    /** Item categories of the tenant, sorted: they name the {@code cat_*} columns. */
    public List<String> categories() {
        return store.read(c -> {
            List<String> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT category FROM items "
                    + "WHERE category IS NOT NULL AND category <> ''" + t("") + " ORDER BY category")) {
                bindTenant(ps, 1);
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) {
                        out.add(r.getString(1));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public FeatureSet featureSet() {
        return ProfileFeatures.v1(categories());
    }

    @Override
    public String dataWindow() {
        return window;
    }

    @Override
    public ProfileMatrix compute() {
        List<String> cats = categories();
        FeatureSet fs = ProfileFeatures.v1(cats);
        int d = fs.size();
        int catBase = ProfileFeatures.HEAD.size();
        int seenBase = catBase + cats.size();
        int tailBase = seenBase + cats.size();
        return store.read(c -> {
            window = window(c);
            List<String> users = new ArrayList<>();
            List<double[]> rows = new ArrayList<>();
            Map<String, Integer> rowOf = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement(userSql())) {
                bindTenant(ps, 4);
                try (ResultSet r = ps.executeQuery()) {
                    int cols = r.getMetaData().getColumnCount();
                    while (r.next()) {
                        double[] row = new double[d];
                        String user = r.getString(1);
                        for (int j = 0; j < ProfileFeatures.HEAD.size(); j++) {
                            row[j] = r.getDouble(2 + j);
                        }
                        for (int j = 0; j < ProfileFeatures.TAIL.size(); j++) {
                            row[tailBase + j] = r.getDouble(2 + ProfileFeatures.HEAD.size() + j);
                        }
                        if (cols != 1 + ProfileFeatures.HEAD.size() + ProfileFeatures.TAIL.size()) {
                            throw new IllegalStateException("feature query returned " + cols + " columns");
                        }
                        rowOf.put(user, users.size());
                        users.add(user);
                        rows.add(row);
                    }
                }
            }
            Map<String, Integer> catIndex = new HashMap<>();
            for (int j = 0; j < cats.size(); j++) {
                catIndex.put(cats.get(j), j);
            }
            try (PreparedStatement ps = c.prepareStatement(categorySql())) {
                bindTenant(ps, 3);
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) {
                        Integer row = rowOf.get(r.getString(1));
                        Integer cat = catIndex.get(r.getString(2));
                        if (row != null && cat != null) {
                            rows.get(row)[catBase + cat] = r.getDouble(3);
                            rows.get(row)[seenBase + cat] = r.getDouble(4);
                        }
                    }
                }
            }
            double[] values = new double[users.size() * d];
            for (int i = 0; i < rows.size(); i++) {
                System.arraycopy(rows.get(i), 0, values, i * d, d);
            }
            return new ProfileMatrix(fs, users, values);
        });
    }

    private String window(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT MIN(ts), MAX(ts) FROM clean_events WHERE 1 = 1"
                + t(""))) {
            bindTenant(ps, 1);
            try (ResultSet r = ps.executeQuery()) {
                r.next();
                Object a = r.getObject(1);
                return a == null ? "" : r.getTimestamp(1).toLocalDateTime() + "Z.." + r.getTimestamp(2)
                        .toLocalDateTime() + "Z";
            }
        }
    }

    private static String share(String condition) {
        return "AVG(CASE WHEN " + condition + " THEN 1.0 ELSE 0.0 END)";
    }

    private static String days(String later, String earlier) {
        return "(EXTRACT(EPOCH FROM (" + later + " - " + earlier + ")) / 86400.0)";
    }

    /** One row per user: HEAD then TAIL features, in {@link ProfileFeatures} order (4 tenant parameters). */
    String userSql() {
        double m = ProfileFeatures.AD_PRIOR_STRENGTH;
        return String.format(Locale.ROOT, "WITH " + ev() + ", "
                + "win AS (SELECT MAX(ts) AS t_end FROM ev), "
                + "base AS (SELECT user_id, MIN(ts) AS first_ts, MAX(ts) AS last_ts, COUNT(*) AS n FROM ev GROUP BY user_id), "
                + "buy AS (SELECT user_id, COUNT(*) AS purchases, SUM(COALESCE(value, 0)) AS spent FROM ev "
                + "WHERE event_type = 'purchase' GROUP BY user_id), "
                + "dw AS (SELECT user_id, AVG(LN(1 + GREATEST(value, 0))) AS dwell FROM ev "
                + "WHERE event_type = 'dwell' AND value IS NOT NULL GROUP BY user_id), "
                + "ses AS (SELECT user_id, COUNT(*) AS sessions FROM sessions WHERE 1 = 1" + t("") + " GROUP BY user_id), "
                + "mix AS (SELECT user_id, "
                + share("EXTRACT(HOUR FROM ts) < 6") + " AS night, "
                + share("EXTRACT(HOUR FROM ts) >= 6 AND EXTRACT(HOUR FROM ts) < 12") + " AS morning, "
                + share("EXTRACT(HOUR FROM ts) >= 12 AND EXTRACT(HOUR FROM ts) < 18") + " AS afternoon, "
                + share("EXTRACT(HOUR FROM ts) >= 18") + " AS evening, "
                + share("EXTRACT(DOW FROM ts) IN (0, 6)") + " AS weekend, "
                + share("device = 'mobile'") + " AS mobile, " + share("device = 'desktop'") + " AS desktop, "
                + share("device = 'tablet'") + " AS tablet, " + share("platform = 'web'") + " AS web, "
                + share("platform = 'ios'") + " AS ios, " + share("platform = 'android'") + " AS android "
                + "FROM ev GROUP BY user_id), "
                + "catp AS (SELECT tenant_id, category, AVG(price) AS cat_price FROM items "
                + "WHERE price IS NOT NULL AND price > 0" + t("") + " GROUP BY tenant_id, category), "
                + "pr AS (SELECT e.user_id, "
                + "AVG(CASE WHEN e.event_type IN ('view', 'click') THEN i.price / cp.cat_price END) AS pv, "
                + "AVG(CASE WHEN e.event_type = 'purchase' THEN i.price / cp.cat_price END) AS pb "
                + "FROM ev e JOIN items i ON i.tenant_id = e.tenant_id AND i.item_id = e.item_id "
                + "JOIN catp cp ON cp.tenant_id = i.tenant_id AND cp.category = i.category "
                + "WHERE i.price IS NOT NULL AND e.event_type IN ('view', 'click', 'purchase') GROUP BY e.user_id), "
                + "ad AS (SELECT user_id, SUM(CASE WHEN event_type = 'impression' THEN 1 ELSE 0 END) AS imps, "
                + "SUM(CASE WHEN event_type = 'click' THEN 1 ELSE 0 END) AS clicks FROM ev "
                + "WHERE ad_id IS NOT NULL AND event_type IN ('impression', 'click') GROUP BY user_id), "
                + "adp AS (SELECT CASE WHEN SUM(imps) > 0 THEN LEAST(1.0, SUM(clicks) * 1.0 / SUM(imps)) ELSE 0.0 END "
                + "AS ctr FROM ad), "
                + "usr AS (SELECT user_id, MIN(created_at) AS created_at FROM users WHERE 1 = 1" + t("")
                + " GROUP BY user_id) "
                + "SELECT b.user_id, "
                + days("w.t_end", "b.last_ts") + ", "
                + "LN(1 + COALESCE(buy.purchases, 0)), LN(1 + GREATEST(COALESCE(buy.spent, 0), 0)), "
                + "COALESCE(dw.dwell, 0), "
                + "CASE WHEN COALESCE(ses.sessions, 0) > 0 THEN b.n * 1.0 / ses.sessions ELSE b.n * 1.0 END, "
                + "LN(1 + COALESCE(ses.sessions, 0)), "
                + "mix.night, mix.morning, mix.afternoon, mix.evening, mix.weekend, "
                + "mix.mobile, mix.desktop, mix.tablet, mix.web, mix.ios, mix.android, "
                + "COALESCE(pr.pv, 1.0), COALESCE(pr.pb, 1.0), "
                + "(COALESCE(ad.clicks, 0) + %1$.1f * adp.ctr) / (COALESCE(ad.imps, 0) + %1$.1f), "
                + "GREATEST(0, " + days("w.t_end", "COALESCE(LEAST(usr.created_at, b.first_ts), b.first_ts)") + ") "
                + "FROM base b CROSS JOIN win w CROSS JOIN adp "
                + "JOIN mix ON mix.user_id = b.user_id "
                + "LEFT JOIN buy ON buy.user_id = b.user_id LEFT JOIN dw ON dw.user_id = b.user_id "
                + "LEFT JOIN ses ON ses.user_id = b.user_id LEFT JOIN pr ON pr.user_id = b.user_id "
                + "LEFT JOIN ad ON ad.user_id = b.user_id LEFT JOIN usr ON usr.user_id = b.user_id "
                + "ORDER BY b.user_id", m);
    }

    /** (user, category, smoothed view/click share, smoothed impression share) for every user × category (3 tenant parameters). */
    String categorySql() {
        return String.format(Locale.ROOT, "WITH " + ev() + ", "
                + "cats AS (SELECT DISTINCT category FROM items WHERE category IS NOT NULL AND category <> ''" + t("")
                + "), "
                + "cnt AS (SELECT e.user_id, i.category, "
                + "SUM(CASE WHEN e.event_type IN ('view', 'click') THEN 1 ELSE 0 END) AS n, "
                + "SUM(CASE WHEN e.event_type = 'impression' THEN 1 ELSE 0 END) AS ns FROM ev e JOIN items i "
                + "ON i.tenant_id = e.tenant_id AND i.item_id = e.item_id "
                + "WHERE e.event_type IN ('view', 'click', 'impression') AND i.category IS NOT NULL" + t("i.")
                + " GROUP BY e.user_id, i.category), "
                + "tot AS (SELECT user_id, SUM(n) AS nu, SUM(ns) AS nsu FROM cnt GROUP BY user_id), "
                + "allc AS (SELECT SUM(n) AS total, SUM(ns) AS total_s FROM cnt), "
                + "pop AS (SELECT cats.category, "
                + "CASE WHEN MAX(allc.total) > 0 THEN COALESCE(SUM(cnt.n), 0) * 1.0 / MAX(allc.total) ELSE 0.0 END AS p, "
                + "CASE WHEN MAX(allc.total_s) > 0 THEN COALESCE(SUM(cnt.ns), 0) * 1.0 / MAX(allc.total_s) ELSE 0.0 END AS ps "
                + "FROM cats CROSS JOIN allc LEFT JOIN cnt ON cnt.category = cats.category GROUP BY cats.category), "
                + "us AS (SELECT DISTINCT user_id FROM ev) "
                + "SELECT us.user_id, pop.category, "
                + "(COALESCE(cnt.n, 0) + %1$.1f * pop.p) / (COALESCE(tot.nu, 0) + %1$.1f), "
                + "(COALESCE(cnt.ns, 0) + %1$.1f * pop.ps) / (COALESCE(tot.nsu, 0) + %1$.1f) "
                + "FROM us CROSS JOIN pop LEFT JOIN cnt ON cnt.user_id = us.user_id AND cnt.category = pop.category "
                + "LEFT JOIN tot ON tot.user_id = us.user_id", ProfileFeatures.CATEGORY_PRIOR);
    }
}
