package io.heed.store.profiles;

import io.heed.profiles.ProfileFeatures;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The SQL text of the profile features ({@link ProfileFeatures}). Both queries take two parameters first, in a
 * {@code params} row: the tenant (null = all) and the user (null = every user). {@code ev} holds every clean event
 * of the tenant (population priors are computed over it); {@code uev} and {@code ulh} are restricted to the user.
 */
final class ProfileSql {
    private static final String PARAMS = "params AS (SELECT CAST(? AS VARCHAR) AS tenant, CAST(? AS VARCHAR) AS uid)";
    private static final String EV = "ev AS (SELECT e.tenant_id, e.user_id, e.event_type, e.item_id, e.ad_id, e.ts, "
            + "e.value, e.device, e.platform, e.geo FROM clean_events e CROSS JOIN params p "
            + "WHERE p.tenant IS NULL OR e.tenant_id = p.tenant)";
    private static final String UEV = "uev AS (SELECT ev.* FROM ev CROSS JOIN params p WHERE p.uid IS NULL "
            + "OR ev.user_id = p.uid)";
    private static final String USR = "usr AS (SELECT u.user_id, MIN(u.created_at) AS created_at, MIN(u.geo) AS geo, "
            + "MIN(CASE WHEN u.consent_personalisation THEN 1 ELSE 0 END) AS personalised FROM users u "
            + "CROSS JOIN params p WHERE p.tenant IS NULL OR u.tenant_id = p.tenant GROUP BY u.user_id)";
    /** Local hour (0–23) and day of week (0 = Sunday; 1970-01-01 was a Thursday) of every event. */
    private static final String LOCAL = "tz(country, off_min) AS (VALUES " + SqlProfileFeatures.offsetValues() + "), "
            + "lt AS (SELECT ev.user_id, CAST(FLOOR(EXTRACT(EPOCH FROM ev.ts)) AS BIGINT) "
            + "+ 60 * COALESCE(t1.off_min, t2.off_min, 0) AS ls FROM ev "
            + "LEFT JOIN tz t1 ON t1.country = UPPER(ev.geo) LEFT JOIN usr ON usr.user_id = ev.user_id "
            + "LEFT JOIN tz t2 ON t2.country = UPPER(usr.geo)), "
            + "lh AS (SELECT user_id, FLOOR(MOD(ls, 86400) / 3600.0) AS h, "
            + "MOD(CAST(FLOOR(ls / 86400.0) AS BIGINT) + 4, 7) AS dow FROM lt), "
            + "ulh AS (SELECT lh.* FROM lh CROSS JOIN params p WHERE p.uid IS NULL OR lh.user_id = p.uid)";

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

    /** One row per user: user id, then HEAD and TAIL features in {@link ProfileFeatures} order. */
    String userSql() {
        double m = ProfileFeatures.AD_PRIOR_STRENGTH;
        StringBuilder rhythm = new StringBuilder("rh AS (SELECT user_id, COUNT(*) AS n, "
                + share("h < 6") + " AS night, " + share("h >= 6 AND h < 12") + " AS morning, "
                + share("h >= 12 AND h < 18") + " AS afternoon, " + share("h >= 18") + " AS evening, "
                + share("dow IN (0, 6)") + " AS weekend");
        StringBuilder prior = new StringBuilder("hp AS (SELECT ");
        for (int b = 0; b < hourBins(); b++) {
            rhythm.append(", ").append(count(hourBin(b))).append(" AS c").append(b);
            prior.append(b == 0 ? "" : ", ").append("CASE WHEN COUNT(*) > 0 THEN ").append(count(hourBin(b)))
                    .append(" * 1.0 / COUNT(*) ELSE 0.0 END AS p").append(b);
        }
        rhythm.append(" FROM ulh GROUP BY user_id)");
        prior.append(" FROM lh)");
        Map<String, String> tail = new LinkedHashMap<>();
        tail.put("dwell_log_mean", "COALESCE(dw.dwell, 0)");
        tail.put("events_per_session", "CASE WHEN COALESCE(ses.sessions, 0) > 0 THEN b.n * 1.0 / ses.sessions "
                + "ELSE b.n * 1.0 END");
        tail.put("sessions_log", "LN(1 + COALESCE(ses.sessions, 0))");
        tail.put("daypart_night", "rh.night");
        tail.put("daypart_morning", "rh.morning");
        tail.put("daypart_afternoon", "rh.afternoon");
        tail.put("daypart_evening", "rh.evening");
        tail.put("weekend_share", "rh.weekend");
        for (int b = 0; b < hourBins(); b++) {
            tail.put(String.format(Locale.ROOT, "%s%02d", ProfileFeatures.HOUR_PREFIX, b * ProfileFeatures.HOUR_BIN),
                    String.format(Locale.ROOT, "(rh.c%1$d + %2$.1f * hp.p%1$d) / (rh.n + %2$.1f)", b,
                            ProfileFeatures.HOUR_PRIOR));
        }
        for (String dev : List.of("mobile", "desktop", "tablet")) {
            tail.put("device_" + dev, "mix." + dev);
        }
        for (String pl : List.of("web", "ios", "android")) {
            tail.put("platform_" + pl, "mix." + pl);
        }
        tail.put("price_ratio_viewed", "COALESCE(pr.pv, 1.0)");
        tail.put("price_ratio_bought", "COALESCE(pr.pb, 1.0)");
        tail.put("ad_ctr", String.format(Locale.ROOT,
                "(COALESCE(ad.clicks, 0) + %1$.1f * adp.ctr) / (COALESCE(ad.imps, 0) + %1$.1f)", m));
        tail.put("tenure_days", "GREATEST(0, " + days("w.t_end",
                "COALESCE(LEAST(usr.created_at, b.first_ts), b.first_ts)") + ")");
        tail.put(ProfileFeatures.FEED_PERSONALISED, "COALESCE(usr.personalised, 1) * 1.0");
        if (!List.copyOf(tail.keySet()).equals(ProfileFeatures.TAIL)) {
            throw new IllegalStateException("profile SQL out of step with ProfileFeatures.TAIL: " + tail.keySet());
        }
        return "WITH " + PARAMS + ", " + EV + ", " + UEV + ", " + USR + ", " + LOCAL + ", "
                + rhythm + ", " + prior + ", "
                + "win AS (SELECT MAX(ts) AS t_end FROM ev), "
                + "base AS (SELECT user_id, MIN(ts) AS first_ts, MAX(ts) AS last_ts, COUNT(*) AS n FROM uev "
                + "GROUP BY user_id), "
                + "buy AS (SELECT user_id, COUNT(*) AS purchases, SUM(COALESCE(value, 0)) AS spent FROM uev "
                + "WHERE event_type = 'purchase' GROUP BY user_id), "
                + "dw AS (SELECT user_id, AVG(LN(1 + GREATEST(value, 0))) AS dwell FROM uev "
                + "WHERE event_type = 'dwell' AND value IS NOT NULL GROUP BY user_id), "
                + "ses AS (SELECT s.user_id, COUNT(*) AS sessions FROM sessions s CROSS JOIN params p "
                + "WHERE (p.tenant IS NULL OR s.tenant_id = p.tenant) AND (p.uid IS NULL OR s.user_id = p.uid) "
                + "GROUP BY s.user_id), "
                + "mix AS (SELECT user_id, "
                + share("device = 'mobile'") + " AS mobile, " + share("device = 'desktop'") + " AS desktop, "
                + share("device = 'tablet'") + " AS tablet, " + share("platform = 'web'") + " AS web, "
                + share("platform = 'ios'") + " AS ios, " + share("platform = 'android'") + " AS android "
                + "FROM uev GROUP BY user_id), "
                + "catp AS (SELECT i.tenant_id, i.category, AVG(i.price) AS cat_price FROM items i CROSS JOIN params p "
                + "WHERE i.price IS NOT NULL AND i.price > 0 AND (p.tenant IS NULL OR i.tenant_id = p.tenant) "
                + "GROUP BY i.tenant_id, i.category), "
                + "pr AS (SELECT e.user_id, "
                + "AVG(CASE WHEN e.event_type IN ('view', 'click') THEN i.price / cp.cat_price END) AS pv, "
                + "AVG(CASE WHEN e.event_type = 'purchase' THEN i.price / cp.cat_price END) AS pb "
                + "FROM uev e JOIN items i ON i.tenant_id = e.tenant_id AND i.item_id = e.item_id "
                + "JOIN catp cp ON cp.tenant_id = i.tenant_id AND cp.category = i.category "
                + "WHERE i.price IS NOT NULL AND e.event_type IN ('view', 'click', 'purchase') GROUP BY e.user_id), "
                + "adall AS (SELECT user_id, " + count("event_type = 'impression'") + " AS imps, "
                + count("event_type = 'click'") + " AS clicks FROM ev "
                + "WHERE ad_id IS NOT NULL AND event_type IN ('impression', 'click') GROUP BY user_id), "
                + "ad AS (SELECT adall.* FROM adall CROSS JOIN params p WHERE p.uid IS NULL OR adall.user_id = p.uid), "
                + "adp AS (SELECT CASE WHEN SUM(imps) > 0 THEN LEAST(1.0, SUM(clicks) * 1.0 / SUM(imps)) ELSE 0.0 END "
                + "AS ctr FROM adall) "
                + "SELECT b.user_id, "
                + days("w.t_end", "b.last_ts") + ", "
                + "LN(1 + COALESCE(buy.purchases, 0)), LN(1 + GREATEST(COALESCE(buy.spent, 0), 0)), "
                + String.join(", ", tail.values()) + " "
                + "FROM base b CROSS JOIN win w CROSS JOIN adp CROSS JOIN hp "
                + "JOIN mix ON mix.user_id = b.user_id JOIN rh ON rh.user_id = b.user_id "
                + "LEFT JOIN buy ON buy.user_id = b.user_id LEFT JOIN dw ON dw.user_id = b.user_id "
                + "LEFT JOIN ses ON ses.user_id = b.user_id LEFT JOIN pr ON pr.user_id = b.user_id "
                + "LEFT JOIN ad ON ad.user_id = b.user_id LEFT JOIN usr ON usr.user_id = b.user_id "
                + "ORDER BY b.user_id";
    }

    /**
     * (user, category, smoothed view/click share, smoothed impression share) for every user × category; the
     * population shares come from every user.
     */
    String categorySql() {
        return String.format(Locale.ROOT, "WITH " + PARAMS + ", " + EV + ", " + UEV + ", "
                + "cats AS (SELECT DISTINCT i.category FROM items i CROSS JOIN params p WHERE i.category IS NOT NULL "
                + "AND i.category <> '' AND (p.tenant IS NULL OR i.tenant_id = p.tenant)), "
                + "cnt AS (SELECT e.user_id, i.category, "
                + count("e.event_type IN ('view', 'click')") + " AS n, "
                + count("e.event_type = 'impression'") + " AS ns FROM ev e JOIN items i "
                + "ON i.tenant_id = e.tenant_id AND i.item_id = e.item_id "
                + "WHERE e.event_type IN ('view', 'click', 'impression') AND i.category IS NOT NULL "
                + "GROUP BY e.user_id, i.category), "
                + "allc AS (SELECT SUM(n) AS total, SUM(ns) AS total_s FROM cnt), "
                + "pop AS (SELECT cats.category, "
                + "CASE WHEN MAX(allc.total) > 0 THEN COALESCE(SUM(cnt.n), 0) * 1.0 / MAX(allc.total) ELSE 0.0 END AS p, "
                + "CASE WHEN MAX(allc.total_s) > 0 THEN COALESCE(SUM(cnt.ns), 0) * 1.0 / MAX(allc.total_s) "
                + "ELSE 0.0 END AS ps FROM cats CROSS JOIN allc LEFT JOIN cnt ON cnt.category = cats.category "
                + "GROUP BY cats.category), "
                + "ucnt AS (SELECT cnt.* FROM cnt CROSS JOIN params p WHERE p.uid IS NULL OR cnt.user_id = p.uid), "
                + "tot AS (SELECT user_id, SUM(n) AS nu, SUM(ns) AS nsu FROM ucnt GROUP BY user_id), "
                + "us AS (SELECT DISTINCT user_id FROM uev) "
                + "SELECT us.user_id, pop.category, "
                + "(COALESCE(ucnt.n, 0) + %1$.1f * pop.p) / (COALESCE(tot.nu, 0) + %1$.1f), "
                + "(COALESCE(ucnt.ns, 0) + %1$.1f * pop.ps) / (COALESCE(tot.nsu, 0) + %1$.1f) "
                + "FROM us CROSS JOIN pop LEFT JOIN ucnt ON ucnt.user_id = us.user_id AND ucnt.category = pop.category "
                + "LEFT JOIN tot ON tot.user_id = us.user_id", ProfileFeatures.CATEGORY_PRIOR);
    }
}
