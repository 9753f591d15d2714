package io.heed.revenue.sql;

import io.heed.storage.FreshPostgres;
import io.heed.storage.HeedStore;
import java.nio.file.Path;

/** The SQL revenue ledger on PostgreSQL; skipped, saying so, without a configured server. */
class PostgresRevenueLedgerTest extends RevenueLedgerContract {
    @Override
    protected HeedStore openFresh(Path dir) throws Exception {
        return FreshPostgres.open();
    }
}
