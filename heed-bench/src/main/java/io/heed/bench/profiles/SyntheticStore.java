package io.heed.bench.profiles;

import io.heed.storage.HeedStore;
import java.sql.Statement;
import java.util.Locale;

/**
 * Fills an embedded store with a synthetic publisher straight in SQL (no CSV round trip: generating 50M events as a
 * file and ingesting it would measure ingest, which {@code bench ingest} covers): {@code users} accounts,
 * 10,000 items in 12 categories, and {@code events} events over 14 days spread over the users by a hash of the
 * event number. The mix is the simulator's rough shape: 62% item impressions, 10% ad impressions, 9% clicks (1 in
 * 10 on an ad), 8% views, 8% dwell, 2% carts, 1% purchases; {@value #SESSIONS_PER_USER} sessions per user; six
 * countries, three devices and platforms.
 */
final class SyntheticStore {
    static final int ITEMS = 10_000;
    /** Each user's events fall into this many sessions (a random start in the 14 days, events within 20 minutes). */
    static final int SESSIONS_PER_USER = 5;

    static final String[] CATEGORIES = {
        "news",
        "sports",
        "finance",
        "gaming",
        "music",
        "movies",
        "fashion",
        "beauty",
        "home",
        "food",
        "travel",
        "electronics"
    };

    private SyntheticStore() {}

    /** Deterministic pseudo-random bucket in [0, m) of event i for a salt. */
    private static String h(String i, int salt, long m) {
        return "CAST(hash(" + i + ", " + salt + ") % " + m + " AS BIGINT)";
    }

    static void fill(HeedStore store, long users, long events) {
        StringBuilder cats = new StringBuilder("['");
        cats.append(String.join("', '", CATEGORIES)).append("']");
        store.write(c -> {
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO items (tenant_id, item_id, category, price) SELECT 'default', "
                        + "'i' || lpad(CAST(i AS VARCHAR), 6, '0'), " + cats + "[1 + i % 12], "
                        + "1 + " + h("i", 1, 200) + " FROM range(" + ITEMS + ") t(i)");
                s.execute("INSERT INTO users (tenant_id, user_id, consent_personalisation, consent_advertising, "
                        + "consent_measurement, created_at, geo) SELECT 'default', 'u' || lpad(CAST(i AS VARCHAR), 7, "
                        + "'0'), " + h("i", 2, 100) + " >= 5, " + h("i", 3, 100) + " >= 10, true, "
                        + "TIMESTAMP '2026-09-30 00:00:00' - INTERVAL 1 DAY * CAST(" + h("i", 4, 1000)
                        + " AS INTEGER), "
                        + "['FR', 'DE', 'GB', 'US', 'ES', 'IT'][1 + " + h("i", 5, 6) + "] FROM range(" + users
                        + ") t(i)");
                String type = "CASE WHEN b < 62 THEN 'impression' WHEN b < 72 THEN 'impression' WHEN b < 81 THEN "
                        + "'click' WHEN b < 89 THEN 'view' WHEN b < 97 THEN 'dwell' WHEN b < 99 THEN 'add_to_cart' "
                        + "ELSE 'purchase' END";
                s.execute(String.format(
                        Locale.ROOT,
                        "INSERT INTO events (tenant_id, event_id, event_type, user_id, "
                                + "item_id, ad_id, ts, value, placement, position, device, platform, geo, session_id, page, "
                                + "batch_id) SELECT 'default', 'e' || CAST(i AS VARCHAR), %1$s, "
                                + "'u' || lpad(CAST(u AS VARCHAR), 7, '0'), "
                                + "CASE WHEN ad THEN NULL ELSE 'i' || lpad(CAST(%2$s AS VARCHAR), 6, '0') END, "
                                + "CASE WHEN ad THEN 'a' || CAST(%3$s AS VARCHAR) END, "
                                + "TIMESTAMP '2026-10-01 00:00:00' + INTERVAL 1 MILLISECOND * CAST(%4$s + %16$s AS BIGINT), "
                                + "CASE WHEN b >= 89 AND b < 97 THEN 1.0 + %5$s WHEN b >= 97 THEN 1.0 + %6$s END, "
                                + "'home_feed', CAST(%7$s AS INTEGER), ['mobile', 'desktop', 'tablet'][1 + %8$s], "
                                + "['web', 'ios', 'android'][1 + %9$s], ['FR', 'DE', 'GB', 'US', 'ES', 'IT'][1 + %10$s], "
                                + "'s' || CAST(u AS VARCHAR) || '-' || CAST(k AS VARCHAR), 'feed/1', 1 FROM ("
                                + "SELECT i, %12$s AS b, %13$s AS u, %11$s AS k, (%12$s >= 62 AND %12$s < 72) "
                                + "OR (%12$s >= 72 AND %12$s < 81 "
                                + "AND %14$s = 0) AS ad FROM range(%15$d) t(i)) g",
                        type,
                        h("i", 7, ITEMS),
                        h("i", 8, 500),
                        h("hash(u, k)", 9, 14L * 86_400_000L),
                        h("i", 10, 120),
                        h("i", 11, 200),
                        h("i", 12, 10),
                        h("u", 13, 3),
                        h("u", 14, 3),
                        h("u", 5, 6),
                        h("i", 15, SESSIONS_PER_USER),
                        h("i", 6, 100),
                        h("i", 16, users),
                        h("i", 17, 10),
                        events,
                        h("i", 18, 20L * 60_000L)));
                return null;
            }
        });
    }
}
