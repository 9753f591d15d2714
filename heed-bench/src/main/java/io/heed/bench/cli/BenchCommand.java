package io.heed.bench.cli;

import io.heed.bench.BenchOptions;
import io.heed.bench.BenchResult;
import io.heed.bench.Benchmark;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code heed bench NAME [--quick]}: run a benchmark, print its table, write bench-results/NAME.json. */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = "Run a named benchmark side by side with its peer; writes bench-results/NAME.json.")
final class BenchCommand implements Callable<Integer> {
    @Parameters(paramLabel = "NAME", description = "Benchmark name, or 'list'.")
    String name;

    @Option(names = "--quick", description = "Reduced sizes (about a minute).")
    boolean quick;

    @Option(
            names = "--work-dir",
            defaultValue = "heed-data/bench",
            description = "Scratch data (default: ${DEFAULT-VALUE}).")
    Path workDir;

    @Option(
            names = "--results-dir",
            defaultValue = "bench-results",
            description = "Where NAME.json goes (default: ${DEFAULT-VALUE}).")
    Path resultsDir;

    @Override
    public Integer call() throws Exception {
        if (name.equals("list")) {
            System.out.print(io.heed.cli.Tables.aligned(
                    Benchmarks.all().stream()
                            .map(b -> new String[] {b.name(), b.description()})
                            .toList(),
                    "ll"));
            return 0;
        }
        Benchmark b = Benchmarks.byName(name)
                .orElseThrow(() -> new IllegalArgumentException("unknown benchmark '" + name + "'; known: "
                        + Benchmarks.all().stream().map(Benchmark::name).collect(Collectors.joining(", "))));
        System.out.printf(
                "bench %s%s (%d cores, %s)%n",
                name, quick ? " --quick" : "", Runtime.getRuntime().availableProcessors(), Instant.now());
        BenchResult r = b.run(new BenchOptions(quick, workDir, System.out));
        r.put("quick", quick)
                .put("cores", Runtime.getRuntime().availableProcessors())
                .put("measured_at", Instant.now().toString());
        System.out.println();
        System.out.print(r.table());
        Path out = resultsDir.resolve(name + ".json");
        r.write(out);
        System.out.println("wrote " + out);
        return 0;
    }
}
