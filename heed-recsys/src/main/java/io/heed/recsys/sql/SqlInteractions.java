package io.heed.recsys.sql;

import io.heed.recsys.EventWeights;
import io.heed.recsys.Interactions;
import io.heed.recsys.InteractionsBuilder;
import io.heed.storage.HeedStore;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

/**
 * The recommenders' training matrix, aggregated in SQL over {@code clean_events} (bots and quarantined rows
 * already gone): one row per (user, item) with the {@link EventWeights} sum and the time of the last event.
 * Users who declined personalisation consent are left out. Rows come ordered, so id indices are reproducible.
 */
public final class SqlInteractions {
    private SqlInteractions() {}

    /** Interactions of one tenant, or of all tenants when {@code tenant} is null. */
    public static Interactions read(HeedStore store, String tenant, EventWeights w) {
        String sql = "SELECT e.user_id, e.item_id, SUM(CASE e.event_type "
                + "WHEN 'impression' THEN ? WHEN 'view' THEN ? WHEN 'click' THEN ? "
                + "WHEN 'dwell' THEN ? * LEAST(GREATEST(COALESCE(e.value, 0), 0), ?) / 60.0 "
                + "WHEN 'add_to_cart' THEN ? WHEN 'purchase' THEN ? WHEN 'rating' THEN ? * COALESCE(e.value, 0) / 5.0 "
                + "WHEN 'share' THEN ? WHEN 'favourite' THEN ? ELSE 0 END) AS w, "
                + "MAX(EXTRACT(EPOCH FROM e.ts)) AS t FROM clean_events e "
                + "LEFT JOIN users u ON u.tenant_id = e.tenant_id AND u.user_id = e.user_id "
                + "WHERE e.item_id IS NOT NULL AND COALESCE(u.consent_personalisation, TRUE)"
                + (tenant == null ? "" : " AND e.tenant_id = ?")
                + " GROUP BY e.user_id, e.item_id ORDER BY e.user_id, e.item_id";
        return store.read(c -> {
            InteractionsBuilder b = new InteractionsBuilder();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int k = 1;
                for (double v : new double[] {
                    w.impression(),
                    w.view(),
                    w.click(),
                    w.dwellPerMinute(),
                    w.dwellCapSeconds(),
                    w.addToCart(),
                    w.purchase(),
                    w.rating(),
                    w.share(),
                    w.favourite()
                }) {
                    ps.setDouble(k++, v);
                }
                if (tenant != null) {
                    ps.setString(k, tenant);
                }
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) {
                        double weight = r.getDouble(3);
                        if (weight > 0) {
                            b.add(r.getString(1), r.getString(2), weight, (long) r.getDouble(4));
                        }
                    }
                }
            }
            return b.build();
        });
    }
}
