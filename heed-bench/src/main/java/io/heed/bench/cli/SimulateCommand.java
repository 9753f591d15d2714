package io.heed.bench.cli;

import io.heed.cli.Progress;
import io.heed.sim.SimConfig;
import io.heed.sim.SimSummary;
import io.heed.sim.Simulator;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code heed simulate}: write a synthetic publisher's data and ground truth. */
@Command(
        name = "simulate",
        mixinStandardHelpOptions = true,
        description = "Generate a seeded synthetic publisher (events, items, users, ads) with its ground truth.")
final class SimulateCommand implements Callable<Integer> {
    @Option(
            names = "--out",
            defaultValue = "heed-data/sim",
            description = "Output directory (default: ${DEFAULT-VALUE}).")
    Path out;

    @Mixin
    SimOptions sim;

    @Override
    public Integer call() throws Exception {
        SimSummary s = run(sim.config(), out);
        System.out.printf(
                "wrote %,d events, %,d users, %,d items, %,d ads to %s%n",
                s.events(), s.users(), s.items(), s.ads(), out);
        return 0;
    }

    static SimSummary run(SimConfig cfg, Path out) throws java.io.IOException {
        try (Progress p = Progress.start("simulate", cfg.targetEvents(), "events")) {
            return new Simulator(cfg).run(out, n -> p.progress(n, cfg.targetEvents()));
        }
    }
}
