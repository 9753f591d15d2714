package io.heed.events.sql;

import io.heed.storage.FreshPostgres;
import io.heed.storage.HeedStore;
import java.nio.file.Path;

/** The events room's store contract on a real PostgreSQL server; skipped, saying so, when none is configured. */
public class PostgresStoreTest extends StoreContract {
    @Override
    HeedStore openFresh(Path dir) throws Exception {
        return FreshPostgres.open();
    }
}
