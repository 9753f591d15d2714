package io.heed.core.artifact;

import io.heed.core.HeedVersion;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Where a model artifact came from: algorithm, typed parameters (as strings, sorted), the data snapshot it was
 * trained on, the seed, code and file-format versions, the creation time and any measured metrics. Shared by the
 * recommender and click-model artifact files; each writes it as JSON (Jackson reads the record through its
 * canonical constructor, so it needs no annotations here).
 */
public record ModelProvenance(
        String algorithm,
        int formatVersion,
        String codeVersion,
        String createdAt,
        String data,
        long seed,
        Map<String, String> params,
        Map<String, Double> metrics) {

    public ModelProvenance {
        Objects.requireNonNull(algorithm, "algorithm");
        Objects.requireNonNull(codeVersion, "codeVersion");
        Objects.requireNonNull(createdAt, "createdAt");
        data = data == null ? "" : data;
        params = Map.copyOf(new TreeMap<>(params == null ? Map.of() : params));
        metrics = Map.copyOf(new TreeMap<>(metrics == null ? Map.of() : metrics));
    }

    /** A provenance for a model trained now by this code version, for a file of {@code formatVersion}. */
    public static ModelProvenance of(
            String algorithm, int formatVersion, String data, long seed, Map<String, String> params) {
        return new ModelProvenance(
                algorithm,
                formatVersion,
                HeedVersion.current(),
                Instant.now().toString(),
                data,
                seed,
                params,
                Map.of());
    }

    /** A copy with {@code more} metrics added (replacing equal names). */
    public ModelProvenance withMetrics(Map<String, Double> more) {
        TreeMap<String, Double> m = new TreeMap<>(metrics);
        m.putAll(more);
        return new ModelProvenance(algorithm, formatVersion, codeVersion, createdAt, data, seed, params, m);
    }
}
