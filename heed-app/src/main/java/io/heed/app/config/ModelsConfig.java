package io.heed.app.config;

import java.nio.file.Path;

/**
 * The {@code models} section of heed.yaml: the model files the server loads at start. A file that does not exist
 * yet is not an error: the server then answers without it (no personas; the auction scores with smoothed rates).
 *
 * @param persona the persona model ({@code heed personas build}); null: {@code <store.dataDir>/personas/persona-model.json}
 *                for {@code heed serve}, none for a server started in process
 * @param ctr     the click model ({@code heed ctr train}), which the auction scores with and
 *                {@code POST /v1/ctr/explain} explains; null: {@code <store.dataDir>/models/ctr.heedctr} for
 *                {@code heed serve}, none for a server started in process
 */
public record ModelsConfig(Path persona, Path ctr) {
    /** Where {@code heed personas build} saves the persona model under a data directory. */
    public static Path defaultPersona(Path dataDir) {
        return dataDir.resolve("personas").resolve("persona-model.json");
    }

    /** Where {@code heed ctr train} saves the click model under a data directory. */
    public static Path defaultCtr(Path dataDir) {
        return dataDir.resolve("models").resolve("ctr.heedctr");
    }

    public static ModelsConfig defaults() {
        return new ModelsConfig(null, null);
    }

    public ModelsConfig withPersona(Path p) {
        return new ModelsConfig(p, ctr);
    }

    public ModelsConfig withCtr(Path c) {
        return new ModelsConfig(persona, c);
    }
}
