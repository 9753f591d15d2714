package io.heed.cli;

import io.heed.events.sql.Cleaner;
import io.heed.events.sql.CleaningConfig;
import io.heed.storage.HeedStore;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code heed clean}: flag bots and rebuild sessions. */
@Command(
        name = "clean",
        mixinStandardHelpOptions = true,
        description = "Flag bot users by inhuman event rates and rebuild sessions by the inactivity gap.")
final class CleanCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store;

    @Option(
            names = "--session-gap-minutes",
            defaultValue = "30",
            description = "Inactivity that ends a session (default: ${DEFAULT-VALUE}).")
    int gapMinutes;

    @Option(
            names = "--max-events-per-minute",
            defaultValue = "300",
            description = "Bot threshold (default: ${DEFAULT-VALUE}).")
    int maxEvents;

    @Option(
            names = "--max-clicks-per-minute",
            defaultValue = "60",
            description = "Bot threshold (default: ${DEFAULT-VALUE}).")
    int maxClicks;

    @Override
    public Integer call() {
        try (HeedStore s = store.open()) {
            Cleaner.Report r =
                    new Cleaner(s).clean(new CleaningConfig(Duration.ofMinutes(gapMinutes), maxEvents, maxClicks));
            System.out.printf(
                    "bot users %,d (%,d events set aside), sessions %,d%n", r.botUsers(), r.botEvents(), r.sessions());
        }
        return 0;
    }
}
