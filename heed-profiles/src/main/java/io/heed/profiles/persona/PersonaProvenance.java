package io.heed.profiles.persona;

import java.util.List;
import java.util.Map;

/**
 * Where a persona model came from: the trainer's configuration, the data window, the users it saw, the code version,
 * when it was built, the constant features it dropped and its quality metrics (inertia, silhouette, per-k
 * candidates as {@code silhouette_k<k>} / {@code inertia_k<k>}, and anything measured later such as ARI).
 */
public record PersonaProvenance(
        PersonaConfig config,
        String dataWindow,
        int users,
        String codeVersion,
        String createdAt,
        List<String> droppedFeatures,
        Map<String, Double> metrics) {
    public PersonaProvenance {
        droppedFeatures = List.copyOf(droppedFeatures);
        metrics = Map.copyOf(metrics);
    }
}
