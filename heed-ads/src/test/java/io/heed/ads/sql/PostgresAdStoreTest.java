package io.heed.ads.sql;

import io.heed.storage.FreshPostgres;
import io.heed.storage.HeedStore;
import java.nio.file.Path;

/** The ad ports on PostgreSQL at $HEED_TEST_POSTGRES_URL; skipped, saying so, without one. */
class PostgresAdStoreTest extends AdStoreContract {
    @Override
    HeedStore openFresh(Path dir) throws Exception {
        return FreshPostgres.open();
    }
}
