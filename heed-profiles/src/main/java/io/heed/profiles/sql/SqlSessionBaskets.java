package io.heed.profiles.sql;

import io.heed.profiles.SessionBasket;
import io.heed.profiles.SessionBasketSource;
import io.heed.storage.HeedStore;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Session baskets: the distinct categories of items a user viewed or clicked within one {@code session_id}, read in
 * one ordered query over {@code clean_events} joined with {@code items}. Events without a session id are left out.
 */
public final class SqlSessionBaskets implements SessionBasketSource {
    private final HeedStore store;
    private final String tenant;

    /** Baskets of one tenant, or of all tenants when {@code tenant} is null. */
    public SqlSessionBaskets(HeedStore store, String tenant) {
        this.store = store;
        this.tenant = tenant;
    }

    @Override
    public List<SessionBasket> categoryBaskets() {
        String sql = "SELECT DISTINCT e.user_id, e.session_id, i.category FROM clean_events e JOIN items i "
                + "ON i.tenant_id = e.tenant_id AND i.item_id = e.item_id "
                + "WHERE e.event_type IN ('view', 'click') AND e.session_id IS NOT NULL AND i.category IS NOT NULL"
                + (tenant == null ? "" : " AND e.tenant_id = ?") + " ORDER BY e.user_id, e.session_id, i.category";
        return store.read(c -> {
            List<SessionBasket> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                if (tenant != null) {
                    ps.setString(1, tenant);
                }
                try (ResultSet r = ps.executeQuery()) {
                    String user = null;
                    String session = null;
                    Set<String> items = new HashSet<>();
                    while (r.next()) {
                        String u = r.getString(1);
                        String s = r.getString(2);
                        if (user != null && (!u.equals(user) || !s.equals(session))) {
                            out.add(new SessionBasket(user, session, items));
                            items = new HashSet<>();
                        }
                        user = u;
                        session = s;
                        items.add(r.getString(3));
                    }
                    if (user != null) {
                        out.add(new SessionBasket(user, session, items));
                    }
                }
            }
            return out;
        });
    }
}
