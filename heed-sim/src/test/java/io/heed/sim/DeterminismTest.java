package io.heed.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeterminismTest {
    private static final SimConfig CFG = SimConfig.small();

    @Test
    void sameConfigGivesByteIdenticalFiles(@TempDir Path a, @TempDir Path b) throws IOException {
        SimSummary first = new Simulator(CFG).run(a, n -> {});
        SimSummary second = new Simulator(CFG).run(b, n -> {});

        assertThat(second).isEqualTo(first);
        List<Path> files = relativeFiles(a);
        assertThat(files).containsExactlyElementsOf(relativeFiles(b));
        assertThat(files)
                .contains(
                        Path.of("events.csv"),
                        Path.of("items.csv"),
                        Path.of("users.csv"),
                        Path.of("ads.csv"),
                        Path.of("manifest.json"),
                        Path.of("truth", "personas.csv"),
                        Path.of("truth", "persona_definitions.json"),
                        Path.of("truth", "impressions.csv"),
                        Path.of("truth", "bots.csv"),
                        Path.of("truth", "identities.csv"));
        for (Path f : files) {
            assertThat(Files.mismatch(a.resolve(f), b.resolve(f)))
                    .as(f.toString())
                    .isEqualTo(-1L);
        }
    }

    @Test
    void anotherSeedGivesOtherData(@TempDir Path a, @TempDir Path b) throws IOException {
        new Simulator(CFG).run(a, n -> {});
        new Simulator(CFG.withSeed(CFG.seed() + 1)).run(b, n -> {});

        assertThat(Files.mismatch(a.resolve("events.csv"), b.resolve("events.csv")))
                .isNotEqualTo(-1L);
        assertThat(Files.mismatch(a.resolve("truth/personas.csv"), b.resolve("truth/personas.csv")))
                .isNotEqualTo(-1L);
        assertThat(Files.mismatch(a.resolve("items.csv"), b.resolve("items.csv")))
                .isNotEqualTo(-1L);
    }

    @Test
    void progressReportsTheLinesWritten(@TempDir Path dir) throws IOException {
        long[] last = {0};
        long[] calls = {0};

        SimSummary s = new Simulator(CFG).run(dir, n -> {
            assertThat(n).isGreaterThanOrEqualTo(last[0]);
            last[0] = n;
            calls[0]++;
        });

        assertThat(last[0]).isEqualTo(s.events());
        assertThat(calls[0]).isGreaterThan(1);
    }

    private static List<Path> relativeFiles(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }
}
