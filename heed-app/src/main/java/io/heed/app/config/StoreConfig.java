package io.heed.app.config;

import io.heed.storage.Dialect;
import io.heed.storage.HeedStore;
import io.heed.storage.StoreTuning;
import java.nio.file.Path;

/**
 * The {@code store} section of heed.yaml: where the data lives.
 *
 * @param dataDir             directory of the embedded store and of what Heed derives from it: models, journals
 *                            (default {@code heed-data})
 * @param url                 JDBC URL of the store: {@code jdbc:duckdb:PATH} or {@code jdbc:postgresql://...};
 *                            null: the embedded DuckDB file {@code <dataDir>/heed.duckdb}
 * @param checkpointThreshold DuckDB's WAL size that triggers a checkpoint, such as {@code 256MB}; null: DuckDB's
 *                            default (16 MB). {@code -Dheed.duckdb.checkpointThreshold} still overrides it
 */
public record StoreConfig(Path dataDir, String url, String checkpointThreshold) {
    public StoreConfig {
        if (dataDir == null || dataDir.toString().isBlank()) {
            throw new IllegalArgumentException("dataDir must be a directory path");
        }
        if (url != null) {
            if (url.isBlank()) {
                url = null;
            } else {
                try {
                    Dialect.fromUrl(url);
                } catch (RuntimeException e) {
                    throw new IllegalArgumentException(
                            "url must be jdbc:duckdb:PATH or jdbc:postgresql://..., was '" + Dialect.redact(url) + "'",
                            e);
                }
            }
        }
        new StoreTuning(checkpointThreshold); // validates the size, naming the key
    }

    public static StoreConfig defaults() {
        return new StoreConfig(Path.of("heed-data"), null, null);
    }

    /** The URL opened: {@link #url}, else the embedded file under {@link #dataDir}. */
    public String resolvedUrl() {
        return url != null
                ? url
                : "jdbc:duckdb:" + dataDir.resolve(HeedStore.DEFAULT_FILE).toAbsolutePath();
    }

    /** The tuning {@link HeedStore#open(String, StoreTuning)} takes. */
    public StoreTuning tuning() {
        return new StoreTuning(checkpointThreshold);
    }

    /** Opens (creating and migrating if needed) the store this section names. */
    public HeedStore open() {
        return HeedStore.open(resolvedUrl(), tuning());
    }

    public StoreConfig withDataDir(Path dir) {
        return new StoreConfig(dir, url, checkpointThreshold);
    }

    public StoreConfig withUrl(String u) {
        return new StoreConfig(dataDir, u, checkpointThreshold);
    }

    public StoreConfig withCheckpointThreshold(String size) {
        return new StoreConfig(dataDir, url, size);
    }
}
