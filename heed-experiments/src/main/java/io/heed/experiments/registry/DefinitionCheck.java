package io.heed.experiments.registry;

import io.heed.core.Problem;
import io.heed.core.explore.HashAssigner;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything wrong with a definition, each as a {@link Problem} naming the field: a bad name, fewer than two
 * variants, a variant without traffic, zero or more than all traffic, overlapping variants (the same name twice,
 * or two variants serving the same treatment, which would make their comparison meaningless), a control that is
 * not a variant, a stop not after the start, and a salt already used by another experiment (their assignments
 * would coincide unit for unit).
 */
public final class DefinitionCheck {
    private DefinitionCheck() {}

    public static List<Problem> problems(ExperimentDefinition d, List<ExperimentDefinition> existing) {
        List<Problem> out = new ArrayList<>();
        if (!d.name().matches("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}")) {
            out.add(Problem.of("bad_name", "name", "'" + d.name() + "': use 1-64 letters, digits, '_', '.', '-'"));
        }
        if (d.salt().isBlank()) {
            out.add(Problem.of("bad_salt", "salt", "the salt is empty"));
        }
        if (d.variants().size() < 2) {
            out.add(Problem.of(
                    "empty_variants",
                    "variants",
                    "an experiment needs at least two variants, has "
                            + d.variants().size()));
        }
        long total = 0;
        Map<String, String> byTreatment = new HashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Variant v : d.variants()) {
            if (!v.name().matches("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}")) {
                out.add(Problem.of(
                        "bad_name", "variants", "variant '" + v.name() + "': use letters, digits, '_', '.', '-'"));
            }
            if (seen.merge(v.name(), 1, Integer::sum) == 2) {
                out.add(Problem.of("overlapping_variants", "variants", "variant " + v.name() + " is defined twice"));
            }
            String other = byTreatment.putIfAbsent(v.treatment().toString(), v.name());
            if (other != null) {
                out.add(Problem.of(
                        "overlapping_variants",
                        "variants",
                        "variants " + other + " and " + v.name() + " both serve " + v.treatment()
                                + ": they cannot differ"));
            }
            if (v.basisPoints() < 0) {
                out.add(Problem.of("bad_traffic", "variants", "variant " + v.name() + " has negative traffic"));
            } else if (v.basisPoints() == 0) {
                out.add(Problem.of("empty_variant", "variants", "variant " + v.name() + " has zero traffic"));
            }
            total += v.basisPoints();
        }
        if (!d.variants().isEmpty() && total == 0) {
            out.add(Problem.of("zero_traffic", "variants", "no traffic is assigned to any variant"));
        } else if (total > HashAssigner.BUCKETS) {
            out.add(Problem.of(
                    "bad_traffic", "variants", "traffic adds up to " + total / 100.0 + "% of units, over 100%"));
        }
        if (d.variants().stream().noneMatch(v -> v.name().equals(d.control()))) {
            out.add(Problem.of(
                    "unknown_control", "control", "control '" + d.control() + "' is not one of the variants"));
        }
        if (!d.stop().isAfter(d.start())) {
            out.add(Problem.of("bad_window", "stop", "stop " + d.stop() + " is not after start " + d.start()));
        }
        for (ExperimentDefinition e : existing) {
            if (e.name().equals(d.name())) {
                out.add(Problem.of("duplicate_name", "name", "an experiment named " + d.name() + " already exists"));
            } else if (e.salt().equals(d.salt())) {
                out.add(Problem.of(
                        "shared_salt",
                        "salt",
                        "salt '" + d.salt() + "' is already used by experiment " + e.name()
                                + ": their assignments would coincide"));
            }
        }
        return out;
    }
}
