package io.heed.store.revenue;

import io.heed.store.HeedStore;
import java.nio.file.Path;

/** The SQL revenue ledger on the embedded DuckDB store. */
class DuckDbRevenueLedgerTest extends RevenueLedgerContract {
    @Override
    protected HeedStore openFresh(Path dir) {
        return HeedStore.openEmbedded(dir.resolve("data"));
    }
}
