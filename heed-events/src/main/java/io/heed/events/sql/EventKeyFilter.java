package io.heed.events.sql;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A set of 64-bit fingerprints of every stored (tenant, event id), kept by the embedded store's single writer
 * so that small appends (HTTP batches) skip the duplicate check against the whole events table when no key of
 * the batch can be present: DuckDB has no index there, and that check scans every stored id on each commit
 * (measured 50–110 ms at a few million events, growing with the table). A fingerprint hit is only "maybe" and
 * falls back to the exact SQL check, so a collision costs time, never an event. Open addressing over a
 * primitive array: 8 bytes a key at load factor 0.5 is ~16 bytes an event (no library offers less for longs
 * without pulling in tens of MiB).
 */
public final class EventKeyFilter {
    private long[] table = new long[1 << 16];
    private int size;

    /** Loads the fingerprints of every stored event. */
    public static EventKeyFilter load(Connection c) throws SQLException {
        EventKeyFilter f = new EventKeyFilter();
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT tenant_id, event_id FROM events")) {
            while (r.next()) {
                f.add(hash(r.getString(1), r.getString(2)));
            }
        }
        return f;
    }

    /** FNV-1a over the UTF-16 units of tenant, a separator and id, then a SplitMix64 finaliser; never 0. */
    public static long hash(String tenant, String eventId) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < tenant.length(); i++) {
            h = (h ^ tenant.charAt(i)) * 0x100000001b3L;
        }
        h = (h ^ 0xFFFF) * 0x100000001b3L;
        for (int i = 0; i < eventId.length(); i++) {
            h = (h ^ eventId.charAt(i)) * 0x100000001b3L;
        }
        h = (h ^ (h >>> 30)) * 0xbf58476d1ce4e5b9L;
        h = (h ^ (h >>> 27)) * 0x94d049bb133111ebL;
        h ^= h >>> 31;
        return h == 0 ? 1 : h;
    }

    public boolean mightContain(long key) {
        int mask = table.length - 1;
        for (int i = mix(key) & mask; ; i = (i + 1) & mask) {
            long k = table[i];
            if (k == key) {
                return true;
            }
            if (k == 0) {
                return false;
            }
        }
    }

    public void add(long key) {
        if (size * 2 >= table.length) {
            grow();
        }
        int mask = table.length - 1;
        for (int i = mix(key) & mask; ; i = (i + 1) & mask) {
            long k = table[i];
            if (k == key) {
                return;
            }
            if (k == 0) {
                table[i] = key;
                size++;
                return;
            }
        }
    }

    public int size() {
        return size;
    }

    private void grow() {
        long[] old = table;
        table = new long[old.length * 2];
        size = 0;
        for (long k : old) {
            if (k != 0) {
                add(k);
            }
        }
    }

    private static int mix(long key) {
        return (int) (key ^ (key >>> 32));
    }
}
