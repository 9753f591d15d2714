package io.heed.profiles.sql;

import io.heed.profiles.ProfileFeatures;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The SQL text of the profile features ({@link ProfileFeatures}). Every query takes two parameters first, in a
 * {@code params} row: the tenant (null = all) and the user (null = every user). {@code ev} holds every clean event
 * of the tenant; population quantities (window end, ad CTR prior, hour-bin priors, category priors) are single-pass
 * aggregates over it without a per-user grouping ({@link #priorSql()}, {@link #categoryPriorSql()}), computed once
 * and passed to the per-user query as parameters. The per-user features are one grouped pass over the events of the
 * user(s) asked for, whose filter for one user sits on the scan, and one more for the category counts.
 */
final class ProfileSql {
    private static final String PARAMS = "params AS (SELECT CAST(? AS VARCHAR) AS tenant, CAST(? AS VARCHAR) AS uid)";
    private static final String EV = "ev AS (SELECT e.tenant_id, e.user_id, e.event_type, e.item_id, e.ad_id, e.ts, "
            + "e.value, e.device, e.platform, e.geo FROM clean_events e CROSS JOIN params p "
            + "WHERE p.tenant IS NULL OR e.tenant_id = p.tenant)";
    /** Whose rows a query computes: every user, one user, or the users with events in batches after a watermark. */
    enum Scope {
        ALL,
        ONE_USER,
        SINCE_BATCH
    }

    /**
     * The events of the user(s) asked for: for one user the id, for new batches the last batch already computed, is
     * a third parameter right after {@code params}, so the filter sits on the scan of {@code clean_events} (it is the
     * only place the text holds a third '?' before the priors).
     */
    private static String uev(Scope scope) {
        String cols = "uev AS (SELECT e.tenant_id, e.user_id, e.event_type, e.item_id, e.ad_id, e.ts, e.value, "
                + "e.device, e.platform, e.geo FROM clean_events e WHERE ";
        String tenantOk = "((SELECT tenant FROM params) IS NULL OR e.tenant_id = (SELECT tenant FROM params))";
        return switch (scope) {
            case ONE_USER -> cols + "e.user_id = CAST(? AS VARCHAR) AND " + tenantOk + ")";
            case SINCE_BATCH ->
                cols + "e.user_id IN (SELECT n.user_id FROM events n WHERE n.batch_id > CAST(? AS " + "BIGINT)) AND "
                        + tenantOk + ")";
            case ALL -> "uev AS (SELECT * FROM ev)";
        };
    }

    /** {@code params}, {@code ev} and {@code uev}, in an order that keeps the scope's argument the third parameter. */
    private static String head(Scope scope) {
        return PARAMS + ", " + (scope != Scope.ALL ? uev(scope) + ", " + EV : EV + ", " + uev(scope));
    }

    private static final String USR = "usr AS (SELECT u.user_id, MIN(u.created_at) AS created_at, MIN(u.geo) AS geo, "
            + "MIN(CASE WHEN u.consent_personalisation THEN 1 ELSE 0 END) AS personalised FROM users u "
            + "CROSS JOIN params p WHERE (p.tenant IS NULL OR u.tenant_id = p.tenant) GROUP BY u.user_id)";
    /** {@link #USR} for the one user asked for: the accounts table is not grouped over everyone. */
    private static final String USR_ONE = USR.replace("GROUP BY", "AND u.user_id = p.uid GROUP BY");
    /**
     * Every event with its local hour (0–23) and local day of week (0 = Sunday; 1970-01-01 was a Thursday): the
     * event's country, else the account's, gives the offset.
     */
    private static String local(String name, String events) {
        String l = "l" + name;
        return l + " AS (SELECT x.*, CAST(FLOOR(EXTRACT(EPOCH FROM x.ts)) AS BIGINT) "
                + "+ 60 * COALESCE(t1.off_min, t2.off_min, 0) AS ls FROM " + events + " x "
                + "LEFT JOIN tz t1 ON t1.country = UPPER(x.geo) LEFT JOIN usr ON usr.user_id = x.user_id "
                + "LEFT JOIN tz t2 ON t2.country = UPPER(usr.geo)), "
                + name + " AS (SELECT " + l + ".*, FLOOR(MOD(ls, 86400) / 3600.0) AS h, "
                + "MOD(CAST(FLOOR(ls / 86400.0) AS BIGINT) + 4, 7) AS dow FROM " + l + ")";
    }

    private static final String TZ = "tz(country, off_min) AS (VALUES " + SqlProfileFeatures.offsetValues() + ")";
    private static final String AD_IMP = "ad_id IS NOT NULL AND event_type = 'impression'";
    private static final String AD_CLICK = "ad_id IS NOT NULL AND event_type = 'click'";

    private static String share(String condition) {
        return "AVG(CASE WHEN " + condition + " THEN 1.0 ELSE 0.0 END)";
    }

    private static String count(String condition) {
        return "SUM(CASE WHEN " + condition + " THEN 1 ELSE 0 END)";
    }

    private static String days(String later, String earlier) {
        return "(EXTRACT(EPOCH FROM (" + later + " - " + earlier + ")) / 86400.0)";
    }

    private static String hourBin(int b) {
        int from = b * ProfileFeatures.HOUR_BIN;
        return "h >= " + from + " AND h < " + (from + ProfileFeatures.HOUR_BIN);
    }

    private static int hourBins() {
        return 24 / ProfileFeatures.HOUR_BIN;
    }

    /**
     * The population aggregates over every clean event of the tenant (two parameters): window end as text, events,
     * ad impressions, ad clicks, then the events of each local hour bin. {@link ProfilePriors} keeps them.
     */
    String priorSql() {
        StringBuilder sb =
                new StringBuilder("WITH " + head(Scope.ALL) + ", " + USR + ", " + TZ + ", " + local("hev", "ev")
                        + " SELECT CAST(MAX(ts) AS VARCHAR), COUNT(*), " + count(AD_IMP) + ", " + count(AD_CLICK));
        for (int b = 0; b < hourBins(); b++) {
            sb.append(", ").append(count(hourBin(b)));
        }
        return sb.append(" FROM hev").toString();
    }

    /** Parameters the user query takes for the priors, after the tenant, the user and the scope's argument (if any). */
    static int priorParameters() {
        return 4 + hourBins();
    }

    /**
     * One row per user: user id, then HEAD and TAIL features in {@link ProfileFeatures} order, for the users of the
     * scope (its argument a third parameter). The population priors are parameters ({@link #priorParameters()}):
     * the query reads only the events of the user(s) asked for.
     */
    String userSql(Scope scope) {
        StringBuilder pri = new StringBuilder("pri AS (SELECT CAST(CAST(? AS VARCHAR) AS TIMESTAMP) AS t_end, "
                + "CAST(? AS BIGINT) AS n_all, CAST(? AS BIGINT) AS imps, CAST(? AS BIGINT) AS clicks");
        StringBuilder bins = new StringBuilder();
        for (int b = 0; b < hourBins(); b++) {
            pri.append(", CAST(? AS BIGINT) AS p").append(b);
            bins.append(", ").append(count(hourBin(b))).append(" AS c").append(b);
        }
        pri.append(")");
        String agg = "agg AS (SELECT e.user_id, MIN(e.ts) AS first_ts, MAX(e.ts) AS last_ts, COUNT(*) AS n, "
                + count("e.event_type = 'purchase'") + " AS purchases, "
                + "SUM(CASE WHEN e.event_type = 'purchase' THEN COALESCE(e.value, 0) ELSE 0 END) AS spent, "
                + "AVG(CASE WHEN e.event_type = 'dwell' AND e.value IS NOT NULL THEN LN(1 + GREATEST(e.value, 0)) END) "
                + "AS dwell, "
                + share("h < 6") + " AS night, " + share("h >= 6 AND h < 12") + " AS morning, "
                + share("h >= 12 AND h < 18") + " AS afternoon, " + share("h >= 18") + " AS evening, "
                + share("dow IN (0, 6)") + " AS weekend" + bins + ", "
                + share("e.device = 'mobile'") + " AS mobile, " + share("e.device = 'desktop'") + " AS desktop, "
                + share("e.device = 'tablet'") + " AS tablet, " + share("e.platform = 'web'") + " AS web, "
                + share("e.platform = 'ios'") + " AS ios, " + share("e.platform = 'android'") + " AS android, "
                + "AVG(CASE WHEN e.event_type IN ('view', 'click') THEN i.price / cp.cat_price END) AS pv, "
                + "AVG(CASE WHEN e.event_type = 'purchase' THEN i.price / cp.cat_price END) AS pb, "
                + count(AD_IMP) + " AS imps, " + count(AD_CLICK) + " AS clicks "
                + "FROM uhev e CROSS JOIN params p "
                + "LEFT JOIN items i ON i.tenant_id = e.tenant_id AND i.item_id = e.item_id AND i.price IS NOT NULL "
                + "LEFT JOIN catp cp ON cp.tenant_id = i.tenant_id AND cp.category = i.category "
                + "WHERE p.uid IS NULL OR e.user_id = p.uid GROUP BY e.user_id)";
        double m = ProfileFeatures.AD_PRIOR_STRENGTH;
        Map<String, String> tail = new LinkedHashMap<>();
        tail.put("dwell_log_mean", "COALESCE(a.dwell, 0)");
        tail.put(
                "events_per_session",
                "CASE WHEN COALESCE(ses.sessions, 0) > 0 THEN a.n * 1.0 / ses.sessions " + "ELSE a.n * 1.0 END");
        tail.put("sessions_log", "LN(1 + COALESCE(ses.sessions, 0))");
        for (String part : List.of("night", "morning", "afternoon", "evening")) {
            tail.put("daypart_" + part, "a." + part);
        }
        tail.put("weekend_share", "a.weekend");
        for (int b = 0; b < hourBins(); b++) {
            tail.put(
                    String.format(Locale.ROOT, "%s%02d", ProfileFeatures.HOUR_PREFIX, b * ProfileFeatures.HOUR_BIN),
                    String.format(
                            Locale.ROOT,
                            "(a.c%1$d + %2$.1f * pri.p%1$d / pri.n_all) / (a.n + %2$.1f)",
                            b,
                            ProfileFeatures.HOUR_PRIOR));
        }
        for (String dev : List.of("mobile", "desktop", "tablet")) {
            tail.put("device_" + dev, "a." + dev);
        }
        for (String pl : List.of("web", "ios", "android")) {
            tail.put("platform_" + pl, "a." + pl);
        }
        tail.put("price_ratio_viewed", "COALESCE(a.pv, 1.0)");
        tail.put("price_ratio_bought", "COALESCE(a.pb, 1.0)");
        tail.put(
                "ad_ctr",
                String.format(
                        Locale.ROOT,
                        "(a.clicks + %1$.1f * (CASE WHEN pri.imps > 0 THEN "
                                + "LEAST(1.0, pri.clicks * 1.0 / pri.imps) ELSE 0.0 END)) / (a.imps + %1$.1f)",
                        m));
        tail.put(
                "tenure_days",
                "GREATEST(0, " + days("pri.t_end", "COALESCE(LEAST(usr.created_at, a.first_ts), a.first_ts)") + ")");
        tail.put(ProfileFeatures.FEED_PERSONALISED, "COALESCE(usr.personalised, 1) * 1.0");
        if (!List.copyOf(tail.keySet()).equals(ProfileFeatures.TAIL)) {
            throw new IllegalStateException("profile SQL out of step with ProfileFeatures.TAIL: " + tail.keySet());
        }
        return "WITH " + head(scope) + ", " + (scope == Scope.ONE_USER ? USR_ONE : USR) + ", " + TZ + ", "
                + local("uhev", "uev") + ", "
                + pri + ", "
                + "catp AS (SELECT i.tenant_id, i.category, AVG(i.price) AS cat_price FROM items i CROSS JOIN params p "
                + "WHERE i.price IS NOT NULL AND i.price > 0 AND (p.tenant IS NULL OR i.tenant_id = p.tenant) "
                + "GROUP BY i.tenant_id, i.category), "
                + agg + ", "
                + "ses AS (SELECT s.user_id, COUNT(*) AS sessions FROM sessions s CROSS JOIN params p "
                + "WHERE (p.tenant IS NULL OR s.tenant_id = p.tenant) AND (p.uid IS NULL OR s.user_id = p.uid) "
                + "GROUP BY s.user_id) "
                + "SELECT a.user_id, GREATEST(0, " + days("pri.t_end", "a.last_ts") + "), "
                + "LN(1 + a.purchases), LN(1 + GREATEST(a.spent, 0)), "
                + String.join(", ", tail.values()) + " "
                + "FROM agg a CROSS JOIN pri LEFT JOIN ses ON ses.user_id = a.user_id "
                + "LEFT JOIN usr ON usr.user_id = a.user_id ORDER BY a.user_id";
    }

    private static final String CATEGORY_EVENTS = "ev e JOIN items i ON i.tenant_id = e.tenant_id "
            + "AND i.item_id = e.item_id WHERE e.event_type IN ('view', 'click', 'impression') "
            + "AND i.category IS NOT NULL AND i.category <> ''";
    private static final String CATEGORY_COUNTS =
            count("e.event_type IN ('view', 'click')") + " AS n, " + count("e.event_type = 'impression'") + " AS ns";

    /** (category, views and clicks, item impressions) over every user: the population priors (two parameters). */
    String categoryPriorSql() {
        return "WITH " + PARAMS + ", " + EV + " SELECT i.category, " + CATEGORY_COUNTS + " FROM " + CATEGORY_EVENTS
                + " GROUP BY i.category";
    }

    /** (user, category, views and clicks, item impressions) for the users of the scope, non-zero rows only. */
    String categorySql(Scope scope) {
        return "WITH " + head(scope) + " SELECT e.user_id, i.category, " + CATEGORY_COUNTS + " FROM "
                + CATEGORY_EVENTS.replace("ev e JOIN", "uev e JOIN") + " GROUP BY e.user_id, i.category";
    }
}
