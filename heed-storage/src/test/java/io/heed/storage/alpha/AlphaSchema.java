package io.heed.storage.alpha;

import io.heed.storage.TestRoom;
import java.util.Map;

/** The test room 'alpha', its migrations in {@code db/duckdb/} beside this class. */
public final class AlphaSchema extends TestRoom {
    public AlphaSchema(int order, Map<Integer, Integer> legacy) {
        super("alpha", order, legacy);
    }
}
