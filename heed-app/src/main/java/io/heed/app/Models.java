package io.heed.app;

import io.heed.app.config.ModelsConfig;
import io.heed.ctr.CtrModel;
import io.heed.ctr.CtrModelFiles;
import io.heed.profiles.persona.PersonaModel;
import io.heed.profiles.persona.PersonaModelJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The model files Heed serves from: the persona model {@code heed personas build} saves and the CTR model {@code
 * heed ctr train} saves. Each is loaded if present (empty when its path is unset or no file is there yet), kept,
 * and re-read when the file changes, so a rebuild shows without a restart. A file that exists but cannot be read
 * is an {@link Unreadable} naming it. Safe for concurrent use.
 */
public final class Models {
    private final ModelFile<PersonaModel> persona;
    private final ModelFile<CtrModel> ctr;

    /** Either file may be null: there is then never that model. */
    public Models(Path personaFile, Path ctrFile) {
        this.persona = new ModelFile<>("persona", personaFile, f -> {
            try {
                return PersonaModelJson.load(f);
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        });
        this.ctr = new ModelFile<>("CTR", ctrFile, CtrModelFiles::load);
    }

    /** The files of the {@code models} section of heed.yaml (resolved or not). */
    public static Models of(ModelsConfig config) {
        return new Models(config.persona(), config.ctr());
    }

    public Path personaFile() {
        return persona.file;
    }

    public Path ctrFile() {
        return ctr.file;
    }

    /** The persona model, or empty when none has been built. */
    public Optional<PersonaModel> persona() {
        return Optional.ofNullable(persona.load());
    }

    /** The CTR model, or empty when none has been trained. */
    public Optional<CtrModel> ctr() {
        return Optional.ofNullable(ctr.load());
    }

    /** The CTR model, or an {@link IllegalStateException} saying where it was looked for and how to train one. */
    public CtrModel requireCtr() {
        return ctr().orElseThrow(() ->
                new IllegalStateException("no CTR model at " + ctr.file + "; run `heed ctr train` first"));
    }

    /** A model file that exists but cannot be read: not a model, a format this Heed does not read, an I/O error. */
    public static final class Unreadable extends IllegalStateException {
        private static final long serialVersionUID = 1L;
        private final transient Path file;

        Unreadable(String kind, Path file, Exception cause) {
            super("cannot load the " + kind + " model " + file + ": " + cause.getMessage(), cause);
            this.file = file;
        }

        public Path file() {
            return file;
        }
    }

    @FunctionalInterface
    private interface Reader<T> {
        T read(Path file) throws IOException;
    }

    private static final class ModelFile<T> {
        private final String kind;
        private final Path file;
        private final Reader<T> reader;
        private T cached;
        private long cachedModified = -1;

        ModelFile(String kind, Path file, Reader<T> reader) {
            this.kind = kind;
            this.file = file;
            this.reader = reader;
        }

        synchronized T load() {
            if (file == null || !Files.isRegularFile(file)) {
                return null;
            }
            try {
                long modified = Files.getLastModifiedTime(file).toMillis();
                if (cached == null || modified != cachedModified) {
                    cached = reader.read(file);
                    cachedModified = modified;
                }
                return cached;
            } catch (IOException | RuntimeException e) {
                throw new Unreadable(kind, file, e);
            }
        }
    }
}
