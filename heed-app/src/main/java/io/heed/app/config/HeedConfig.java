package io.heed.app.config;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * Heed's one configuration tree, one record per section of heed.yaml ({@code docs/heed.yaml} lists every key with
 * its default). Each section validates itself when built, so a {@code HeedConfig} that exists is a valid one.
 * {@link #load} layers it: defaults, then the file, then the environment ({@link ConfigLoader#ENVIRONMENT}); front
 * doors apply their command-line flags last through the {@code with...} methods.
 *
 * @param store   where the data lives ({@link StoreConfig})
 * @param server  the HTTP server ({@link ServerConfig})
 * @param journal the local journal serving writes to before the store ({@link JournalConfig})
 * @param models  model files the server loads ({@link ModelsConfig})
 * @param ads     ad delivery ({@link AdsConfig})
 */
public record HeedConfig(
        StoreConfig store, ServerConfig server, JournalConfig journal, ModelsConfig models, AdsConfig ads) {
    public HeedConfig {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(journal, "journal");
        Objects.requireNonNull(models, "models");
        Objects.requireNonNull(ads, "ads");
    }

    /** Every key at its default. */
    public static HeedConfig defaults() {
        return new HeedConfig(
                StoreConfig.defaults(),
                ServerConfig.defaults(),
                JournalConfig.defaults(),
                ModelsConfig.defaults(),
                AdsConfig.defaults());
    }

    /**
     * Defaults, overridden by {@code file} (null: none), overridden by the variables of {@code env} that
     * {@link ConfigLoader#ENVIRONMENT} names.
     *
     * @throws ConfigException naming the file (or variable) and the key when anything is wrong
     */
    public static HeedConfig load(Path file, Map<String, String> env) {
        return ConfigLoader.load(file, env);
    }

    /**
     * The paths left to their data-directory defaults filled in from {@code store.dataDir}, as {@code heed serve}
     * runs: the journal in {@code <dataDir>/journal}, the models where {@code heed personas build} and
     * {@code heed ctr train} save them.
     */
    public HeedConfig resolved() {
        Path data = store.dataDir();
        JournalConfig j = journal.dir() != null ? journal : journal.withDir(data.resolve("journal"));
        ModelsConfig m = models;
        if (m.persona() == null) {
            m = m.withPersona(ModelsConfig.defaultPersona(data));
        }
        if (m.ctr() == null) {
            m = m.withCtr(ModelsConfig.defaultCtr(data));
        }
        return new HeedConfig(store, server, j, m, ads);
    }

    public HeedConfig withStore(StoreConfig s) {
        return new HeedConfig(s, server, journal, models, ads);
    }

    public HeedConfig withServer(ServerConfig s) {
        return new HeedConfig(store, s, journal, models, ads);
    }

    public HeedConfig withJournal(JournalConfig j) {
        return new HeedConfig(store, server, j, models, ads);
    }

    public HeedConfig withModels(ModelsConfig m) {
        return new HeedConfig(store, server, journal, m, ads);
    }

    public HeedConfig withAds(AdsConfig a) {
        return new HeedConfig(store, server, journal, models, a);
    }
}
