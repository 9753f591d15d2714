package io.heed.server.http;

import io.heed.profiles.ProfileMatrix;
import io.heed.profiles.persona.UserProfile;
import io.heed.profiles.sql.ProfilePriors;
import io.heed.profiles.sql.SqlProfileFeatures;
import io.heed.storage.HeedStore;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code GET /v1/users/{id}/profile[?tenant=T]}: one user's profile features computed now in the store from that
 * user's events (the same SQL definitions as for every user, with population priors kept per tenant and recomputed
 * when older than {@link SqlProfileFeatures#DEFAULT_PRIORS_MAX_AGE}), the nearest persona of the saved model and the top interests. 404 when the
 * user has no clean events; without a model (or with a stale one) the features still come back and
 * {@code persona} is null with a note saying why.
 */
public final class UserProfileRoutes {
    private final PersonaModelFile models;
    private final HeedStore store;
    /** Per tenant ("" = all): keeps the population priors between requests, so a request reads one user's events. */
    private final Map<String, SqlProfileFeatures> features = new ConcurrentHashMap<>();

    public UserProfileRoutes(PersonaModelFile models, HeedStore store) {
        this.models = models;
        this.store = store;
    }

    public void mount(Router router) {
        router.get("/v1/users/:id/profile").blockingHandler(this::profile, false);
    }

    private void profile(RoutingContext ctx) {
        String id = ctx.pathParam("id");
        if (id == null || id.isBlank()) {
            JsonResponses.error(ctx, 400, "missing_user_id", "the path needs a user id: /v1/users/{id}/profile");
            return;
        }
        PersonaModelFile.Attempt model = models.loadFor(ctx);
        if (model.answered()) {
            return;
        }
        String tenant = ctx.request().getParam("tenant");
        SqlProfileFeatures source = features.computeIfAbsent(
                tenant == null ? "" : tenant, t -> new SqlProfileFeatures(store, t.isEmpty() ? null : t));
        ProfileMatrix row = source.computeFor(id);
        ProfilePriors priors = source.priors();
        if (row.rows() == 0) {
            JsonResponses.error(ctx, 404, "unknown_user", "user '" + id + "' has no clean events in the store");
            return;
        }
        UserProfile p = UserProfile.of(row, model.model());
        JsonResponses.send(ctx, 200, g -> {
            g.writeStartObject();
            g.writeStringField("user_id", p.userId());
            g.writeStringField("feature_set", p.featureSet());
            g.writeStringField("priors_computed_at", priors.computedAt().toString());
            if (p.persona() >= 0) {
                g.writeObjectFieldStart("persona");
                g.writeNumberField("index", p.persona());
                g.writeStringField("label", p.personaLabel());
                g.writeEndObject();
            } else {
                g.writeNullField("persona");
                g.writeStringField("persona_note", p.personaNote());
            }
            g.writeArrayFieldStart("top_interests");
            for (UserProfile.Interest i : p.topInterests()) {
                g.writeStartObject();
                g.writeStringField("category", i.category());
                g.writeNumberField("share", i.share());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeObjectFieldStart("features");
            for (Map.Entry<String, Double> f : p.features().entrySet()) {
                g.writeNumberField(f.getKey(), f.getValue());
            }
            g.writeEndObject();
            g.writeEndObject();
        });
    }
}
