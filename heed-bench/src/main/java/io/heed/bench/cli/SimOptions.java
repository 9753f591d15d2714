package io.heed.bench.cli;

import io.heed.sim.SimConfig;
import picocli.CommandLine.Option;

/** The simulated publisher's size and seed, shared by {@code simulate} and {@code demo}. */
final class SimOptions {
    @Option(names = "--seed", defaultValue = "42", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--users", defaultValue = "10000", description = "Users (default: ${DEFAULT-VALUE}).")
    int users;

    @Option(names = "--items", defaultValue = "2000", description = "Catalog items (default: ${DEFAULT-VALUE}).")
    int items;

    @Option(names = "--events", defaultValue = "1000000", description = "Events, about (default: ${DEFAULT-VALUE}).")
    long events;

    SimConfig config() {
        return SimConfig.demo().withSeed(seed).withUsers(users).withItems(items).withEvents(events);
    }
}
