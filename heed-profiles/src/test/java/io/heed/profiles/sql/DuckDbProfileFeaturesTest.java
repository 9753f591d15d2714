package io.heed.profiles.sql;

import io.heed.storage.HeedStore;
import java.nio.file.Path;

/** SQL profile features on the embedded DuckDB store. */
class DuckDbProfileFeaturesTest extends ProfileFeaturesContract {
    @Override
    HeedStore openFresh(Path dir) {
        return HeedStore.openEmbedded(dir.resolve("data"));
    }
}
