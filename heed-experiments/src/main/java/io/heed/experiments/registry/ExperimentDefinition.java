package io.heed.experiments.registry;

import io.heed.core.explore.TrafficSplit;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An experiment: a name, the salt its assignment hashes with, the control variant, the variants, who is targeted,
 * and the [start, stop) window. Check it with {@link DefinitionCheck} before use; the registry refuses invalid ones.
 */
public record ExperimentDefinition(
        String name,
        String salt,
        String control,
        List<Variant> variants,
        Targeting targeting,
        Instant start,
        Instant stop) {
    public ExperimentDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(salt, "salt");
        Objects.requireNonNull(control, "control");
        variants = List.copyOf(variants);
        Objects.requireNonNull(targeting, "targeting");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(stop, "stop");
    }

    public boolean runningAt(Instant t) {
        return !t.isBefore(start) && t.isBefore(stop);
    }

    public Variant variant(String variantName) {
        return variants.stream()
                .filter(v -> v.name().equals(variantName))
                .findFirst()
                .orElseThrow(
                        () -> new IllegalArgumentException("experiment " + name + " has no variant " + variantName));
    }

    /** The split for heed-core's hashing assignment ({@code io.heed.core.explore}); valid only for a definition that passed the checks. */
    public TrafficSplit split() {
        return new TrafficSplit(
                variants.stream().map(Variant::name).toList(),
                variants.stream().map(Variant::basisPoints).toList());
    }
}
