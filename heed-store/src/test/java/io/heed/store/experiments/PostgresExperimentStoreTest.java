package io.heed.store.experiments;

import io.heed.store.FreshPostgres;
import io.heed.store.HeedStore;
import java.nio.file.Path;

/** Experiment storage on PostgreSQL; skipped, saying so, without a configured server. */
class PostgresExperimentStoreTest extends ExperimentStoreContract {
    @Override
    protected HeedStore openFresh(Path dir) throws Exception {
        return FreshPostgres.open();
    }
}
