package io.heed.profiles.sql;

import io.heed.storage.HeedStore;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code user_personas} table: the persona label of each user, which revenue reports group by. Replaced as a
 * whole per tenant when personas are (re)assigned, in one transaction.
 */
public final class PersonaLabels {
    /** Rows per multi-row INSERT: far faster than a JDBC batch on DuckDB, and well under PostgreSQL's limits. */
    private static final int CHUNK = 500;

    private final HeedStore store;

    public PersonaLabels(HeedStore store) {
        this.store = store;
    }

    /** Every user's persona label of the tenant (user id → persona), e.g. for ad serving to hold in memory. */
    public Map<String, String> load(String tenant) {
        return store.read(c -> {
            Map<String, String> out = new java.util.HashMap<>();
            try (PreparedStatement ps =
                    c.prepareStatement("SELECT user_id, persona FROM user_personas WHERE tenant_id = ?")) {
                ps.setString(1, tenant);
                try (java.sql.ResultSet r = ps.executeQuery()) {
                    while (r.next()) {
                        out.put(r.getString(1), r.getString(2));
                    }
                }
            }
            return out;
        });
    }

    /** Replaces the tenant's labels with {@code personaOfUser}; returns the number of rows written. */
    public int replace(String tenant, Map<String, String> personaOfUser, Instant assignedAt) {
        List<Map.Entry<String, String>> rows = new ArrayList<>(personaOfUser.entrySet());
        return store.write(c -> {
            try (PreparedStatement del = c.prepareStatement("DELETE FROM user_personas WHERE tenant_id = ?")) {
                del.setString(1, tenant);
                del.executeUpdate();
            }
            Timestamp at = Timestamp.from(assignedAt);
            for (int from = 0; from < rows.size(); from += CHUNK) {
                int to = Math.min(rows.size(), from + CHUNK);
                String sql = "INSERT INTO user_personas VALUES "
                        + String.join(", ", java.util.Collections.nCopies(to - from, "(?, ?, ?, ?)"));
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    int i = 1;
                    for (Map.Entry<String, String> e : rows.subList(from, to)) {
                        ps.setString(i++, tenant);
                        ps.setString(i++, e.getKey());
                        ps.setString(i++, e.getValue());
                        ps.setTimestamp(i++, at);
                    }
                    ps.executeUpdate();
                }
            }
            return rows.size();
        });
    }
}
