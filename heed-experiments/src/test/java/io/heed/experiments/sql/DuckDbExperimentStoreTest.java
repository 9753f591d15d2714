package io.heed.experiments.sql;

import io.heed.storage.HeedStore;
import java.nio.file.Path;

/** Experiment storage on the embedded DuckDB store. */
class DuckDbExperimentStoreTest extends ExperimentStoreContract {
    @Override
    protected HeedStore openFresh(Path dir) {
        return HeedStore.openEmbedded(dir.resolve("data"));
    }
}
