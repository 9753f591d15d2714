package io.heed.storage;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/** Base of the per-database contract tests: a temporary folder, a store opened by the subclass, closed after. */
public abstract class FreshStoreTest {
    @TempDir
    protected Path dir;

    protected HeedStore store;

    /** A fresh, empty store of the database under test. */
    protected abstract HeedStore openFresh(Path dir) throws Exception;

    @AfterEach
    void closeStore() {
        if (store != null) {
            store.close();
        }
    }
}
