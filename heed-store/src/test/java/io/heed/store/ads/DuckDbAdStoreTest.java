package io.heed.store.ads;

import io.heed.store.HeedStore;
import java.nio.file.Path;

/** The ad ports on the embedded DuckDB store. */
class DuckDbAdStoreTest extends AdStoreContract {
    @Override
    HeedStore openFresh(Path dir) {
        return HeedStore.openEmbedded(dir.resolve("data"));
    }
}
