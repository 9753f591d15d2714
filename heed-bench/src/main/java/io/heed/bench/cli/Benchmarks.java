package io.heed.bench.cli;

import io.heed.bench.Benchmark;
import io.heed.bench.ctr.CtrBenchmark;
import io.heed.bench.decide.DecideBenchmark;
import io.heed.bench.experiments.ExperimentsBenchmark;
import io.heed.bench.ingest.IngestBenchmark;
import io.heed.bench.personas.PersonasBenchmark;
import io.heed.bench.profiles.ProfilesBenchmark;
import io.heed.bench.recsys.RecsysBenchmark;
import java.util.List;
import java.util.Optional;

/** The registry of benchmarks, one line each. */
public final class Benchmarks {
    private static final List<Benchmark> ALL = List.of(
            new IngestBenchmark(),
            new PersonasBenchmark(),
            new ProfilesBenchmark(),
            new RecsysBenchmark(),
            new io.heed.bench.recsys.RecsysServingBenchmark(),
            new io.heed.bench.recsys.RecsysScaleBenchmark(),
            new CtrBenchmark(),
            new DecideBenchmark(),
            new ExperimentsBenchmark());

    private Benchmarks() {}

    public static List<Benchmark> all() {
        return ALL;
    }

    public static Optional<Benchmark> byName(String name) {
        return ALL.stream().filter(b -> b.name().equals(name)).findFirst();
    }
}
