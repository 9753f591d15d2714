package io.heed.server.http;

import io.heed.app.Models;
import io.heed.profiles.persona.PersonaModel;
import io.vertx.ext.web.RoutingContext;

/**
 * The persona model that {@code heed personas build} writes, as the routes that use it see it: the application's
 * {@link Models} (loaded once, re-read when the file changes, so a rebuild shows without a restart), with a failure
 * to read it answered as a 500.
 */
public final class PersonaModelFile {
    private final Models models;

    public PersonaModelFile(Models models) {
        this.models = models;
    }

    /** A load attempt for a request: {@code answered} when a 500 has already been sent. */
    record Attempt(PersonaModel model, boolean answered) {}

    /** The model (null when none is built), or a 500 sent to {@code ctx} when the file cannot be read. */
    Attempt loadFor(RoutingContext ctx) {
        try {
            return new Attempt(models.persona().orElse(null), false);
        } catch (Models.Unreadable e) {
            JsonResponses.error(
                    ctx,
                    500,
                    "persona_model_unreadable",
                    "cannot read " + e.file() + ": " + e.getCause().getMessage());
            return new Attempt(null, true);
        }
    }
}
