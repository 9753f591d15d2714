package io.heed.server.http;

import io.heed.profiles.ProfileMatrix;
import io.heed.profiles.persona.PersonaDescription;
import io.heed.profiles.persona.PersonaDrift;
import io.heed.profiles.persona.PersonaModel;
import io.heed.profiles.sql.SqlProfileFeatures;
import io.heed.storage.HeedStore;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.Map;

/**
 * {@code GET /v1/personas}: the personas of the model that {@code heed personas build} saved, with their labels,
 * sizes, revenue shares, top categories and distinguishing features; 404 when none has been built.
 * {@code GET /v1/personas/drift[?tenant=T]}: every user's current profile assigned with that model, the persona
 * shares against the build-time shares and the population stability index (a full recompute of the features: seconds
 * on a large store, so it runs on the worker pool).
 */
public final class PersonaRoutes {
    private final PersonaModelFile models;
    private final HeedStore store;

    public PersonaRoutes(PersonaModelFile models, HeedStore store) {
        this.models = models;
        this.store = store;
    }

    public void mount(Router router) {
        router.get("/v1/personas").blockingHandler(this::personas, false);
        router.get("/v1/personas/drift").blockingHandler(this::drift, false);
    }

    /** The model, or null after answering 404/500. */
    private static PersonaModel modelOr404(PersonaModelFile models, RoutingContext ctx) {
        PersonaModelFile.Attempt a = models.loadFor(ctx);
        PersonaModel m = a.model();
        if (m == null && !a.answered()) {
            JsonResponses.error(ctx, 404, "no_persona_model", "no persona model yet: run `heed personas build`");
        }
        return m;
    }

    private void drift(RoutingContext ctx) {
        PersonaModel m = modelOr404(models, ctx);
        if (m == null) {
            return;
        }
        ProfileMatrix now = new SqlProfileFeatures(store, ctx.request().getParam("tenant")).compute();
        if (!now.features().compatibleWith(m.features())) {
            JsonResponses.error(
                    ctx,
                    409,
                    "persona_model_stale",
                    "the model was trained on " + m.features().id()
                            + " with other columns than the store's profiles; rebuild it with `heed personas build`");
            return;
        }
        if (now.rows() == 0) {
            JsonResponses.error(ctx, 404, "no_profiles", "the store has no user with clean events");
            return;
        }
        PersonaDrift d = PersonaDrift.measure(m, m.assigner().assignAll(now));
        JsonResponses.send(ctx, 200, g -> {
            g.writeStartObject();
            g.writeNumberField("users", d.users());
            g.writeNumberField("psi", d.psi());
            g.writeStringField("verdict", d.verdict());
            g.writeStringField("model_created_at", String.valueOf(m.provenance().createdAt()));
            g.writeArrayFieldStart("personas");
            for (PersonaDrift.Share s : d.shares()) {
                g.writeStartObject();
                g.writeNumberField("index", s.persona());
                g.writeStringField("label", s.label());
                g.writeNumberField("built_share", s.builtShare());
                g.writeNumberField("users", s.users());
                g.writeNumberField("share", s.share());
                g.writeNumberField("change", s.change());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    private void personas(RoutingContext ctx) {
        PersonaModel m = modelOr404(models, ctx);
        if (m == null) {
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
