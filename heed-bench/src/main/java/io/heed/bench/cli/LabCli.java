package io.heed.bench.cli;

import io.heed.cli.HeedCli;

/**
 * The lab's {@code heed}: every product command of {@link HeedCli} plus the lab's own, which need the simulated
 * publisher, the closed-loop harness or the benchmarks: {@code demo}, {@code simulate}, {@code retrain} and
 * {@code bench}. Runs with heed.jar and heed-lab.jar on one classpath ({@code ./heed} does this for the lab
 * commands): {@code java -cp heed.jar:heed-lab.jar io.heed.bench.cli.LabCli demo}.
 */
public final class LabCli {
    private LabCli() {}

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code (tests call this). */
    public static int run(String... args) {
        return HeedCli.commandLine(new DemoCommand(), new SimulateCommand(), new RetrainCommand(), new BenchCommand())
                .execute(args);
    }
}
