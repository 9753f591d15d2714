package io.heed.server.http;

import io.heed.profiles.persona.PersonaModel;
import io.heed.profiles.persona.PersonaModelJson;
import io.vertx.ext.web.RoutingContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The persona model file that {@code heed personas build} writes, loaded once and re-read when it changes, so a
 * rebuild shows without a restart. Shared by the route groups that use the model.
 */
public final class PersonaModelFile {
    private final Path file;
    private PersonaModel cached;
    private long cachedModified = -1;

    /** {@code file} may be null: there is then never a model. */
    public PersonaModelFile(Path file) {
        this.file = file;
    }

    public Path path() {
        return file;
    }

    /** A load attempt for a request: {@code answered} when a 500 has already been sent. */
    record Attempt(PersonaModel model, boolean answered) {}

    /** The model (null when none is built), or a 500 sent to {@code ctx} when the file cannot be read. */
    Attempt loadFor(RoutingContext ctx) {
        try {
            return new Attempt(load(), false);
        } catch (IOException | RuntimeException e) {
            JsonResponses.error(ctx, 500, "persona_model_unreadable", "cannot read " + file + ": " + e.getMessage());
            return new Attempt(null, true);
        }
    }

    /** The current model, or null when none has been built. */
    public synchronized PersonaModel load() throws IOException {
        if (file == null || !Files.isRegularFile(file)) {
            return null;
        }
        long modified = Files.getLastModifiedTime(file).toMillis();
        if (cached == null || modified != cachedModified) {
            cached = PersonaModelJson.load(file);
            cachedModified = modified;
        }
        return cached;
    }
}
