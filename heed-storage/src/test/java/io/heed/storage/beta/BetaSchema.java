package io.heed.storage.beta;

import io.heed.storage.TestRoom;
import java.util.Map;

/** The test room 'beta', its migrations in {@code db/duckdb/} beside this class. */
public final class BetaSchema extends TestRoom {
    public BetaSchema(int order, Map<Integer, Integer> legacy) {
        super("beta", order, legacy);
    }
}
