package io.heed.experiments.registry;

import java.util.List;
import java.util.Optional;

/** Storage port for definitions (the store implements it in SQL). Saving does not validate: use {@link Registry}. */
public interface ExperimentStore {
    void save(ExperimentDefinition d);

    Optional<ExperimentDefinition> find(String name);

    List<ExperimentDefinition> list();
}
