package io.heed.profiles.sql;

import io.heed.storage.Schema;
import java.util.Map;

/** The profiles room's tables (migrations in {@code db/<dialect>/} beside this class). */
public final class ProfilesSchema implements Schema {
    @Override
    public String room() {
        return "profiles";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Map<Integer, Integer> legacyVersions() {
        return Map.of(3, 1);
    }
}
