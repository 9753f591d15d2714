package io.heed.events.sql;

import io.heed.events.port.InsertedKeys;
import io.heed.storage.HeedStore;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.Set;

/**
 * {@link InsertedKeys} over a {@link HeedStore}: the events whose {@code batch_id} is the latest ingest batch of
 * the source. Correct because the group-commit writer is the only writer of its source and asks right after its
 * own append, before it appends again.
 */
public final class SqlInsertedKeys implements InsertedKeys {
    private final HeedStore store;

    public SqlInsertedKeys(HeedStore store) {
        this.store = store;
    }

    @Override
    public Set<EventKey> ofLatestAppend(String source) {
        return store.read(c -> {
            try (PreparedStatement p = c.prepareStatement("SELECT tenant_id, event_id FROM events WHERE batch_id = "
                    + "(SELECT MAX(batch_id) FROM ingest_batches WHERE source = ?)")) {
                p.setString(1, source);
                try (ResultSet r = p.executeQuery()) {
                    Set<EventKey> keys = new HashSet<>();
                    while (r.next()) {
                        keys.add(new EventKey(r.getString(1), r.getString(2)));
                    }
                    return keys;
                }
            }
        });
    }
}
