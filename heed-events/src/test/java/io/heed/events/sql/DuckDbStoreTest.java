package io.heed.events.sql;

import io.heed.storage.HeedStore;
import java.nio.file.Path;

/** The store contract on the embedded DuckDB file store (the default). */
class DuckDbStoreTest extends StoreContract {
    @Override
    HeedStore openFresh(Path dir) {
        return HeedStore.openEmbedded(dir.resolve("data"));
    }
}
