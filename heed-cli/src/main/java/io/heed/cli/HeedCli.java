package io.heed.cli;

import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code heed} command: one subcommand per job, in pipeline order. These are the product's commands, the ones
 * heed.jar ships; the lab's ({@code demo}, {@code simulate}, {@code retrain}, {@code bench}) live in heed-bench,
 * whose entry point adds them to {@link #commandLine(Object...)} and runs beside heed.jar.
 */
@Command(
        name = "heed",
        mixinStandardHelpOptions = true,
        versionProvider = HeedCli.Version.class,
        description = "Heed: turn behaviour data into personas, attention predictions, ads and measured revenue.",
        subcommands = {
            IngestCommand.class,
            CleanCommand.class,
            StatusCommand.class,
            PersonasCommand.class,
            CtrCommand.class,
            AdsCommand.class,
            ReportCommand.class,
            EvaluateCommand.class,
            TuneCommand.class,
            ExperimentCommand.class,
            ServeCommand.class,
            FormatsCommand.class
        })
public final class HeedCli {
    /** Commands of the lab (heed-bench), not in heed.jar: asked for here, they get a pointer to the launcher. */
    static final Set<String> LAB_COMMANDS = Set.of("demo", "simulate", "retrain", "bench");

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the product's command line and returns the exit code (tests call this). */
    public static int run(String... args) {
        CommandLine cl = commandLine();
        if (args.length > 0 && LAB_COMMANDS.contains(args[0])) {
            // Before parsing: `demo --help` would otherwise print the product's help as if demo were unknown.
            cl.getErr()
                    .println("heed: `" + args[0] + "` is a lab command, not part of heed.jar; run it with the "
                            + "launcher, `./heed " + args[0]
                            + "`, which puts heed-bench's heed-lab.jar beside heed.jar "
                            + "(java -cp heed.jar:heed-lab.jar io.heed.bench.cli.LabCli " + args[0] + ")");
            return 2;
        }
        cl.getCommandSpec()
                .usageMessage()
                .footer("%nLab commands, run by ./heed with heed-lab.jar: demo, simulate, retrain, bench");
        return cl.execute(args);
    }

    /**
     * The product's command line, with {@code extraCommands} (annotated picocli commands) added after the
     * product's own and before {@code help}; failures of a command print one line. The lab's entry point builds
     * on this so that every product command is registered in one place.
     */
    public static CommandLine commandLine(Object... extraCommands) {
        CommandLine cl = new CommandLine(new HeedCli());
        for (Object command : extraCommands) {
            cl.addSubcommand(command);
        }
        cl.addSubcommand(new CommandLine.HelpCommand());
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            // Expected failures (bad input, unreachable store) get one clear line, not a stack trace.
            cmd.getErr().println("heed: " + ex.getMessage());
            if (System.getenv("HEED_DEBUG") != null) {
                ex.printStackTrace(cmd.getErr());
            }
            return 1;
        });
        return cl;
    }

    /** Reports the jar's version. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"heed " + io.heed.core.HeedVersion.current()};
        }
    }
}
