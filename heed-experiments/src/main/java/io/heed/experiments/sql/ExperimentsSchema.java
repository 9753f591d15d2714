package io.heed.experiments.sql;

import io.heed.storage.Schema;
import java.util.Map;

/** The experiments room's tables (migrations in {@code db/<dialect>/} beside this class). */
public final class ExperimentsSchema implements Schema {
    @Override
    public String room() {
        return "experiments";
    }

    @Override
    public int order() {
        return 70;
    }

    @Override
    public Map<Integer, Integer> legacyVersions() {
        return Map.of(3, 1);
    }
}
