package io.heed.cli;

import io.heed.events.sql.StoreSummary;
import io.heed.storage.HeedStore;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code heed status}: what the store holds. */
@Command(name = "status", mixinStandardHelpOptions = true, description = "Summarise the store.")
final class StatusCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Override
    public Integer call() {
        try (HeedStore s = store.open()) {
            Tables.summary(System.out, StoreSummary.of(s));
        }
        return 0;
    }
}
