package io.heed.cli;

import io.heed.storage.HeedStore;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the store is: {@code --store URL}, else $HEED_STORE_URL, else the embedded file under --data-dir. */
public final class StoreOptions {
    @Option(names = "--store", paramLabel = "JDBC_URL",
            description = "Store URL: jdbc:duckdb:PATH (embedded) or jdbc:postgresql://... "
                    + "Default: $HEED_STORE_URL, else <data-dir>/heed.duckdb.")
    String url;

    @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "heed-data",
            description = "Directory for the embedded store and generated data (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    String resolvedUrl() {
        if (url != null && !url.isBlank()) {
            return url;
        }
        String env = System.getenv("HEED_STORE_URL");
        if (env != null && !env.isBlank()) {
            return env;
        }
        return "jdbc:duckdb:" + dataDir.resolve(HeedStore.DEFAULT_FILE).toAbsolutePath();
    }

    /** The directory of the embedded store and generated data. */
    public Path dataDir() {
        return dataDir;
    }

    /** Opens the store this option set names. */
    public HeedStore open() {
        return HeedStore.open(resolvedUrl());
    }
}
