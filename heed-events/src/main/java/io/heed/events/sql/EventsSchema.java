package io.heed.events.sql;

import io.heed.storage.Schema;
import java.util.Map;

/** The events room's tables (migrations in {@code db/<dialect>/} beside this class). */
public final class EventsSchema implements Schema {
    @Override
    public String room() {
        return "events";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Map<Integer, Integer> legacyVersions() {
        return Map.of(1, 1);
    }
}
