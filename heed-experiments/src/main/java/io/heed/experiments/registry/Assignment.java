package io.heed.experiments.registry;

import io.heed.core.explore.HashAssigner;
import java.time.Instant;
import java.util.Optional;

/**
 * Deterministic assignment: a unit gets a variant only while the experiment runs and when targeting admits it;
 * then heed-core's salted SHA-256 bucket ({@code io.heed.core.explore.HashAssigner}) decides (same unit, same salt, same variant, on any machine).
 */
public final class Assignment {
    private Assignment() {}

    public static Optional<String> variantOf(ExperimentDefinition d, UnitContext unit, Instant at) {
        if (!d.runningAt(at) || !d.targeting().matches(unit)) {
            return Optional.empty();
        }
        return HashAssigner.assign(d.salt(), unit.unitId(), d.split());
    }
}
