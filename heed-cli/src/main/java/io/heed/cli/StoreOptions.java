package io.heed.cli;

import io.heed.app.config.HeedConfig;
import io.heed.app.config.StoreConfig;
import io.heed.storage.HeedStore;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The configuration every store-using command shares: {@code --config FILE} (heed.yaml), then the environment
 * ($HEED_STORE_URL, $HEED_DATA_DIR, ...), then {@code --store URL} and {@code --data-dir DIR}, each overriding the
 * one before (heed-app's {@link HeedConfig}).
 */
public final class StoreOptions {
    @Option(
            names = "--config",
            paramLabel = "FILE",
            description = "Configuration file (heed.yaml; docs/heed.yaml lists every key). Flags override it.")
    Path configFile;

    @Option(
            names = "--store",
            paramLabel = "JDBC_URL",
            description = "Store URL: jdbc:duckdb:PATH (embedded) or jdbc:postgresql://... "
                    + "Default: $HEED_STORE_URL, else store.url of --config, else <data-dir>/heed.duckdb.")
    String url;

    @Option(
            names = "--data-dir",
            paramLabel = "DIR",
            description = "Directory for the embedded store and generated data "
                    + "(default: $HEED_DATA_DIR, else store.dataDir of --config, else heed-data).")
    Path dataDirFlag;

    private HeedConfig config;

    /** The configuration: defaults, the --config file, the environment, then --store and --data-dir. */
    public HeedConfig config() {
        if (config == null) {
            HeedConfig c = HeedConfig.load(configFile, System.getenv());
            StoreConfig s = c.store();
            if (dataDirFlag != null) {
                s = s.withDataDir(dataDirFlag);
            }
            if (url != null && !url.isBlank()) {
                s = s.withUrl(url);
            }
            config = c.withStore(s);
        }
        return config;
    }

    String resolvedUrl() {
        return config().store().resolvedUrl();
    }

    /** The directory of the embedded store and generated data. */
    public Path dataDir() {
        return config().store().dataDir();
    }

    /** Opens the store this option set names. */
    public HeedStore open() {
        return config().store().open();
    }
}
