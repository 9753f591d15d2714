package io.heed.ads.sql;

import io.heed.ads.model.UserAdResponse;
import io.heed.ads.port.AdResponses;
import io.heed.storage.HeedStore;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/** {@link AdResponses} in one GROUP BY over {@code clean_events} (bots excluded). */
public final class SqlAdResponses implements AdResponses {
    private final HeedStore store;

    public SqlAdResponses(HeedStore store) {
        this.store = store;
    }

    @Override
    public List<UserAdResponse> byUserAndAd(String tenant) {
        String sql = "SELECT user_id, ad_id, SUM(CASE WHEN event_type = 'impression' THEN 1 ELSE 0 END), "
                + "SUM(CASE WHEN event_type = 'click' THEN 1 ELSE 0 END) FROM clean_events "
                + "WHERE ad_id IS NOT NULL AND event_type IN ('impression', 'click') AND tenant_id = ? "
                + "GROUP BY user_id, ad_id ORDER BY user_id, ad_id";
        return store.read(c -> {
            List<UserAdResponse> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, tenant);
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) {
                        out.add(new UserAdResponse(r.getString(1), r.getString(2), r.getLong(3), r.getLong(4)));
                    }
                }
            }
            return out;
        });
    }
}
