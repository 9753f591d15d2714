package io.heed.experiments.analysis;

import io.heed.experiments.registry.ExperimentDefinition;
import java.util.Map;

/** Port: per-unit outcomes of each variant of an experiment (units = first exposures), keyed by variant name. */
public interface OutcomeSource {
    Map<String, UnitOutcomes> outcomes(ExperimentDefinition d);
}
