package io.heed.ads.sql;

import io.heed.storage.HeedStore;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.function.ObjLongConsumer;

/**
 * The ad tracking hits a tenant's {@code events} hold since a time (their ids start with {@code ad-}), for serving
 * to restore its fraud ledger after a restart: a tracking URL still valid must not count, or be charged, twice.
 */
public final class SqlTrackedHits {
    private final HeedStore store;

    public SqlTrackedHits(HeedStore store) {
        this.store = store;
    }

    /** Hands every hit's event id and time (epoch ms) since {@code sinceMillis}; returns how many. */
    public long forEachSince(String tenant, long sinceMillis, ObjLongConsumer<String> hit) {
        return store.read(c -> {
            long n = 0;
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT event_id, ts FROM events WHERE tenant_id = ? " + "AND ts >= ? AND event_id LIKE 'ad-%'")) {
                p.setString(1, tenant);
                p.setObject(
                        2,
                        Timestamp.valueOf(LocalDateTime.ofInstant(Instant.ofEpochMilli(sinceMillis), ZoneOffset.UTC)));
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        hit.accept(
                                r.getString(1),
                                r.getTimestamp(2)
                                        .toLocalDateTime()
                                        .toInstant(ZoneOffset.UTC)
                                        .toEpochMilli());
                        n++;
                    }
                }
            }
            return n;
        });
    }
}
