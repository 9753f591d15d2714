package io.heed.experiments.registry;

import io.heed.core.Problem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Creates experiments (validated against those already stored), assigns units and logs their exposures. */
public final class Registry {
    private final ExperimentStore store;
    private final ExposureLog exposures;

    public Registry(ExperimentStore store, ExposureLog exposures) {
        this.store = store;
        this.exposures = exposures;
    }

    /** Saves a valid definition; throws {@link InvalidExperimentException} listing every problem otherwise. */
    public ExperimentDefinition create(ExperimentDefinition d) {
        List<Problem> problems = DefinitionCheck.problems(d, store.list());
        if (!problems.isEmpty()) {
            throw new InvalidExperimentException(d.name(), problems);
        }
        store.save(d);
        return d;
    }

    public Optional<ExperimentDefinition> find(String name) {
        return store.find(name);
    }

    public List<ExperimentDefinition> list() {
        return store.list();
    }

    /** Assigns each unit and logs an exposure for every one that entered; returns the exposures. */
    public List<Exposure> expose(String experiment, List<UnitContext> units, Instant at) {
        ExperimentDefinition d = store.find(experiment)
                .orElseThrow(() -> new IllegalArgumentException("no experiment named " + experiment));
        List<Exposure> out = new ArrayList<>();
        for (UnitContext u : units) {
            Assignment.variantOf(d, u, at).ifPresent(v -> out.add(new Exposure(d.name(), u.unitId(), v, at)));
        }
        exposures.append(out);
        return out;
    }
}
