package io.heed.server.http;

import io.heed.profiles.persona.PersonaDescription;
import io.heed.profiles.persona.PersonaModel;
import io.heed.profiles.persona.PersonaModelJson;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * {@code GET /v1/personas}: the personas of the model that {@code heed personas build} saved, with their labels,
 * sizes, revenue shares, top categories and distinguishing features; 404 when none has been built. The file is
 * re-read when it changes, so a rebuild shows without a restart.
 */
public final class PersonaRoutes {
    private final Path modelFile;
    private PersonaModel cached;
    private long cachedModified = -1;

    /** {@code modelFile} may be null: the server then answers 404 saying how to build one. */
    public PersonaRoutes(Path modelFile) {
        this.modelFile = modelFile;
    }

    public void mount(Router router) {
        router.get("/v1/personas").blockingHandler(this::personas, false);
    }

    private synchronized PersonaModel model() throws java.io.IOException {
        if (modelFile == null || !Files.isRegularFile(modelFile)) {
            return null;
        }
        long modified = Files.getLastModifiedTime(modelFile).toMillis();
        if (cached == null || modified != cachedModified) {
            cached = PersonaModelJson.load(modelFile);
            cachedModified = modified;
        }
        return cached;
    }

    private void personas(RoutingContext ctx) {
        PersonaModel m;
        try {
            m = model();
        } catch (java.io.IOException | RuntimeException e) {
            JsonResponses.error(ctx, 500, "persona_model_unreadable", "cannot read " + modelFile + ": " + e.getMessage());
            return;
        }
        if (m == null) {
            JsonResponses.error(ctx, 404, "no_persona_model", "no persona model yet: run `heed personas build`");
            return;
        }
        JsonResponses.send(ctx, 200, g -> {
            g.writeStartObject();
            g.writeNumberField("k", m.k());
            g.writeStringField("feature_set", m.features().id());
            g.writeNumberField("seed", m.seed());
            g.writeStringField("data_window", m.provenance().dataWindow());
            g.writeStringField("created_at", String.valueOf(m.provenance().createdAt()));
            g.writeObjectFieldStart("metrics");
            for (Map.Entry<String, Double> e : m.provenance().metrics().entrySet()) {
                g.writeNumberField(e.getKey(), e.getValue());
            }
            g.writeEndObject();
            g.writeArrayFieldStart("personas");
            for (PersonaDescription d : m.descriptions()) {
                g.writeStartObject();
                g.writeNumberField("index", d.index());
                g.writeStringField("label", d.label());
                g.writeNumberField("users", d.size());
                g.writeNumberField("share", d.share());
                g.writeNumberField("revenue_share", d.revenueShare());
                g.writeArrayFieldStart("top_categories");
                for (String c : d.topCategories()) {
                    g.writeString(c);
                }
                g.writeEndArray();
                g.writeArrayFieldStart("distinguishing");
                for (PersonaDescription.FeatureEffect f : d.distinguishing()) {
                    g.writeStartObject();
                    g.writeStringField("feature", f.feature());
                    g.writeNumberField("mean", f.mean());
                    g.writeNumberField("rest_mean", f.restMean());
                    g.writeNumberField("cohens_d", f.cohensD());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeArrayFieldStart("top_rules");
                for (String r : d.topRules()) {
                    g.writeString(r);
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }
}
