package io.heed.revenue.sql;

import io.heed.storage.HeedStore;
import java.nio.file.Path;

/** The SQL revenue ledger on the embedded DuckDB store. */
class DuckDbRevenueLedgerTest extends RevenueLedgerContract {
    @Override
    protected HeedStore openFresh(Path dir) {
        return HeedStore.openEmbedded(dir.resolve("data"));
    }
}
