package io.heed.storage.beta;

import io.heed.storage.Schema;
import java.util.Map;

/** A test room with migrations in {@code db/duckdb/} beside this class. */
public final class BetaSchema implements Schema {
    private final int order;
    private final Map<Integer, Integer> legacy;

    public BetaSchema(int order, Map<Integer, Integer> legacy) {
        this.order = order;
        this.legacy = legacy;
    }

    @Override
    public String room() {
        return "beta";
    }

    @Override
    public int order() {
        return order;
    }

    @Override
    public Map<Integer, Integer> legacyVersions() {
        return legacy;
    }
}
