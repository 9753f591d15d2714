package io.heed.experiments.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.heed.core.Problem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Validation, deterministic assignment and exposure logging; the SQL ports are tested in io.heed.experiments.sql. */
class RegistryTest {
    static final Instant T0 = Instant.parse("2026-10-01T00:00:00Z");
    static final Instant T1 = Instant.parse("2026-10-15T00:00:00Z");

    static ExperimentDefinition def(String name, String salt, Variant... variants) {
        return new ExperimentDefinition(
                name,
                salt,
                variants.length == 0 ? "control" : variants[0].name(),
                List.of(variants),
                Targeting.everyone(),
                T0,
                T1);
    }

    static Variant v(String name, String treatment, int bp) {
        return new Variant(name, Treatment.parse(treatment), bp);
    }

    /** In-memory ports, so these tests exercise the registry's own logic. */
    static final class Memory implements ExperimentStore, ExposureLog {
        final Map<String, ExperimentDefinition> defs = new HashMap<>();
        final List<Exposure> log = new ArrayList<>();

        @Override
        public void save(ExperimentDefinition d) {
            defs.put(d.name(), d);
        }

        @Override
        public Optional<ExperimentDefinition> find(String name) {
            return Optional.ofNullable(defs.get(name));
        }

        @Override
        public List<ExperimentDefinition> list() {
            return List.copyOf(defs.values());
        }

        @Override
        public void append(List<Exposure> exposures) {
            log.addAll(exposures);
        }

        @Override
        public Map<String, Long> unitsPerVariant(String experiment) {
            Map<String, Long> m = new HashMap<>();
            log.stream()
                    .filter(e -> e.experiment().equals(experiment))
                    .forEach(e -> m.merge(e.variant(), 1L, Long::sum));
            return m;
        }
    }

    List<String> codes(ExperimentDefinition d, List<ExperimentDefinition> existing) {
        return DefinitionCheck.problems(d, existing).stream().map(Problem::code).toList();
    }

    @Test
    void refusesEmptyOverlappingAndZeroTrafficVariantsWithClearProblems() {
        assertThat(codes(def("e", "s"), List.of())).contains("empty_variants", "unknown_control");
        assertThat(codes(def("e", "s", v("control", "strategy:random", 5000)), List.of()))
                .contains("empty_variants");
        assertThat(codes(
                        def("e", "s", v("control", "strategy:random", 5000), v("b", "strategy:random", 5000)),
                        List.of()))
                .containsExactly("overlapping_variants");
        assertThat(codes(
                        def("e", "s", v("control", "strategy:random", 5000), v("control", "model:ctr", 5000)),
                        List.of()))
                .containsExactly("overlapping_variants");
        assertThat(codes(def("e", "s", v("control", "strategy:random", 0), v("b", "model:ctr", 0)), List.of()))
                .contains("empty_variant", "zero_traffic");
        assertThat(codes(def("e", "s", v("control", "strategy:random", 6000), v("b", "model:ctr", 6000)), List.of()))
                .containsExactly("bad_traffic");
        ExperimentDefinition ok = def("e", "s", v("control", "strategy:random", 5000), v("b", "model:ctr", 5000));
        assertThat(codes(ok, List.of())).isEmpty();
        assertThat(codes(def("f", "s", v("control", "strategy:random", 5000), v("b", "model:ctr", 5000)), List.of(ok)))
                .containsExactly("shared_salt");
        assertThat(codes(
                        new ExperimentDefinition(
                                "bad name!", "s2", "control", ok.variants(), Targeting.everyone(), T1, T0),
                        List.of()))
                .containsExactly("bad_name", "bad_window");
        assertThatThrownBy(() -> Treatment.parse("ctr")).hasMessageContaining("strategy:NAME or model:NAME");
        assertThatThrownBy(() -> new Registry(new Memory(), new Memory()).create(def("e", "s")))
                .isInstanceOf(InvalidExperimentException.class)
                .hasMessageContaining("at least two variants");
    }

    @Test
    void assignmentIsDeterministicFollowsTheSplitAndRespectsWindowAndTargeting() {
        ExperimentDefinition d = def("e", "salt-1", v("control", "strategy:random", 2000), v("b", "model:ctr", 6000));
        Instant mid = Instant.parse("2026-10-05T00:00:00Z");
        Map<String, Integer> counts = new HashMap<>();
        IntStream.range(0, 20_000)
                .forEach(i -> Assignment.variantOf(d, UnitContext.of("u" + i), mid)
                        .ifPresentOrElse(
                                x -> counts.merge(x, 1, Integer::sum), () -> counts.merge("-", 1, Integer::sum)));
        assertThat(counts.get("control") / 20_000.0).isBetween(0.19, 0.21);
        assertThat(counts.get("b") / 20_000.0).isBetween(0.59, 0.61);
        assertThat(counts.get("-") / 20_000.0).isBetween(0.19, 0.21);
        assertThat(Assignment.variantOf(d, UnitContext.of("u7"), mid))
                .isEqualTo(Assignment.variantOf(d, UnitContext.of("u7"), mid.plusSeconds(3600)));
        assertThat(Assignment.variantOf(d, UnitContext.of("u7"), T1)).isEmpty();
        ExperimentDefinition fr = new ExperimentDefinition(
                "fr", "s", "control", d.variants(), new Targeting(Set.of(), Set.of("FR"), Set.of()), T0, T1);
        assertThat(Assignment.variantOf(fr, new UnitContext("u1", null, "DE", null), mid))
                .isEmpty();
        assertThat(Assignment.variantOf(fr, new UnitContext("u1", null, null, null), mid))
                .isEmpty();
    }

    @Test
    void exposeLogsOnlyEnrolledUnits() {
        Memory m = new Memory();
        Registry r = new Registry(m, m);
        r.create(def("e", "s", v("control", "strategy:random", 2500), v("b", "model:ctr", 2500)));
        List<Exposure> ex = r.expose(
                "e",
                IntStream.range(0, 1000).mapToObj(i -> UnitContext.of("u" + i)).toList(),
                Instant.parse("2026-10-02T00:00:00Z"));
        assertThat(ex.size()).isBetween(450, 550);
        assertThat(m.unitsPerVariant("e").values().stream()
                        .mapToLong(Long::longValue)
                        .sum())
                .isEqualTo(ex.size());
        assertThatThrownBy(() -> r.expose("nope", List.of(), T0)).hasMessageContaining("no experiment named nope");
    }
}
