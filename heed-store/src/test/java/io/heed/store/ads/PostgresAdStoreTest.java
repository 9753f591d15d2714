package io.heed.store.ads;

import io.heed.store.HeedStore;
import io.heed.store.PostgresStoreTest;
import java.nio.file.Path;

/** The ad ports on PostgreSQL at $HEED_TEST_POSTGRES_URL; skipped, saying so, without one. */
class PostgresAdStoreTest extends AdStoreContract {
    @Override
    HeedStore openFresh(Path dir) throws Exception {
        return PostgresStoreTest.fresh();
    }
}
