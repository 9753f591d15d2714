package io.heed.store.experiments;

import io.heed.store.HeedStore;
import java.nio.file.Path;

/** Experiment storage on the embedded DuckDB store. */
class DuckDbExperimentStoreTest extends ExperimentStoreContract {
    @Override
    protected HeedStore openFresh(Path dir) {
        return HeedStore.openEmbedded(dir.resolve("data"));
    }
}
