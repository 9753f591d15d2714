package io.heed.storage;

import java.util.Map;

/**
 * One room's part of the store's schema: its migrations are resources beside the implementing class, in
 * {@code db/<dialect>/} ({@code index.txt} lists {@code V<n>__<name>.sql} in ascending order). Each room registers
 * its implementation in {@code META-INF/services/io.heed.storage.Schema}; the {@link Migrator} finds every one on
 * the class path, so this module names no room.
 */
public interface Schema {
    /** The room's name, as recorded in {@code heed_schema}: lower case, stable forever. */
    String room();

    /**
     * Where the room's migrations run among the others (lower first); rooms follow the loop (events, profiles, ads,
     * …) so that a migration may refer to tables of rooms before it.
     */
    int order();

    /**
     * For stores made before migrations belonged to rooms (one global numbering in {@code schema_migrations}):
     * which old global versions this room's versions stand for (old version → this room's version).
     */
    default Map<Integer, Integer> legacyVersions() {
        return Map.of();
    }
}
