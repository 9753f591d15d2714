package io.heed.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code heed} command: one subcommand per job, in pipeline order. */
@Command(name = "heed", mixinStandardHelpOptions = true, versionProvider = HeedCli.Version.class,
        description = "Heed: turn behaviour data into personas, attention predictions, ads and measured revenue.",
        subcommands = {DemoCommand.class, SimulateCommand.class, IngestCommand.class, CleanCommand.class,
                StatusCommand.class, PersonasCommand.class, CtrCommand.class, AdsCommand.class, ReportCommand.class,
                EvaluateCommand.class, TuneCommand.class,
                ExperimentCommand.class, RetrainCommand.class, ServeCommand.class, BenchCommand.class, FormatsCommand.class,
                CommandLine.HelpCommand.class})
public final class HeedCli {
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code (tests call this). */
    public static int run(String... args) {
        CommandLine cl = new CommandLine(new HeedCli());
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            // Expected failures (bad input, unreachable store) get one clear line, not a stack trace.
            cmd.getErr().println("heed: " + ex.getMessage());
            if (System.getenv("HEED_DEBUG") != null) {
                ex.printStackTrace(cmd.getErr());
            }
            return 1;
        });
        return cl.execute(args);
    }

    /** Reports the jar's version. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[]{"heed " + io.heed.core.HeedVersion.current()};
        }
    }
}
