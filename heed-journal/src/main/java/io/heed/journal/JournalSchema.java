package io.heed.journal;

import io.heed.storage.Schema;
import java.util.Map;

/** The journal's checkpoint table (migrations in {@code db/<dialect>/} beside this class). */
public final class JournalSchema implements Schema {
    @Override
    public String room() {
        return "journal";
    }

    @Override
    public int order() {
        return 5;
    }

    @Override
    public Map<Integer, Integer> legacyVersions() {
        return Map.of(5, 1);
    }
}
