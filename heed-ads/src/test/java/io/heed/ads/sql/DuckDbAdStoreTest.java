package io.heed.ads.sql;

import io.heed.storage.HeedStore;
import java.nio.file.Path;

/** The ad ports on the embedded DuckDB store. */
class DuckDbAdStoreTest extends AdStoreContract {
    @Override
    HeedStore openFresh(Path dir) {
        return HeedStore.openEmbedded(dir.resolve("data"));
    }
}
