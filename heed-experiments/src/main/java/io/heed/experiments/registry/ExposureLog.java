package io.heed.experiments.registry;

import java.util.List;
import java.util.Map;

/** Storage port for exposures. */
public interface ExposureLog {
    void append(List<Exposure> exposures);

    /** Units exposed to an experiment, per variant. */
    Map<String, Long> unitsPerVariant(String experiment);
}
