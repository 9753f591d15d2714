package io.heed.ads.sql;

import io.heed.storage.Schema;
import java.util.Map;

/** The ads room's tables (migrations in {@code db/<dialect>/} beside this class). */
public final class AdsSchema implements Schema {
    @Override
    public String room() {
        return "ads";
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public Map<Integer, Integer> legacyVersions() {
        return Map.of(2, 1, 4, 2);
    }
}
