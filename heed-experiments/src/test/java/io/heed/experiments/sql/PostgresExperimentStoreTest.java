package io.heed.experiments.sql;

import io.heed.storage.FreshPostgres;
import io.heed.storage.HeedStore;
import java.nio.file.Path;

/** Experiment storage on PostgreSQL; skipped, saying so, without a configured server. */
class PostgresExperimentStoreTest extends ExperimentStoreContract {
    @Override
    protected HeedStore openFresh(Path dir) throws Exception {
        return FreshPostgres.open();
    }
}
