package io.heed.store.revenue;

import io.heed.store.FreshPostgres;
import io.heed.store.HeedStore;
import java.nio.file.Path;

/** The SQL revenue ledger on PostgreSQL; skipped, saying so, without a configured server. */
class PostgresRevenueLedgerTest extends RevenueLedgerContract {
    @Override
    protected HeedStore openFresh(Path dir) throws Exception {
        return FreshPostgres.open();
    }
}
