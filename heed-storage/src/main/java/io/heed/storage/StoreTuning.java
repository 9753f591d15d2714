package io.heed.storage;

/**
 * What an operator may tune when a store is opened.
 *
 * @param checkpointThreshold DuckDB's WAL size that triggers a checkpoint, a size such as {@code 256MB}; null keeps
 *                            DuckDB's default (16 MB). Ignored by PostgreSQL. The system property
 *                            {@code -Dheed.duckdb.checkpointThreshold}, when set, overrides it.
 */
public record StoreTuning(String checkpointThreshold) {
    /** The system property that overrides {@link #checkpointThreshold} (kept for scripts that set it). */
    public static final String CHECKPOINT_THRESHOLD_PROPERTY = "heed.duckdb.checkpointThreshold";

    private static final String SIZE = "\\d+(\\.\\d+)?\\s*[KMGT]?i?B";

    public StoreTuning {
        if (checkpointThreshold != null && !checkpointThreshold.matches(SIZE)) {
            throw new IllegalArgumentException(
                    "checkpointThreshold must be a size such as 256MB, was '" + checkpointThreshold + "'");
        }
    }

    /** DuckDB's own defaults. */
    public static StoreTuning defaults() {
        return new StoreTuning(null);
    }

    /** The threshold applied: the system property when set (validated, naming it), else this tuning's. */
    String effectiveCheckpointThreshold() {
        String property = System.getProperty(CHECKPOINT_THRESHOLD_PROPERTY);
        if (property == null) {
            return checkpointThreshold;
        }
        if (!property.matches(SIZE)) {
            throw new IllegalArgumentException(
                    CHECKPOINT_THRESHOLD_PROPERTY + " must be a size such as 256MB, was '" + property + "'");
        }
        return property;
    }
}
