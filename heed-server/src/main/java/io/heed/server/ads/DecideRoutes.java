package io.heed.server.ads;

import com.fasterxml.jackson.core.JsonGenerator;
import io.heed.ads.decide.Candidate;
import io.heed.ads.decide.Decision;
import io.heed.ads.decide.DecisionRequest;
import io.heed.ads.decide.ServedAd;
import io.heed.server.http.JsonResponses;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code POST /v1/decide}: a placement, a user and a context in; the ranked ads with prices, propensities and
 * signed tracking URLs out (an empty list when nothing is eligible). Runs on the event loop: a decision is pure
 * computation over in-memory state, and the auction log is written asynchronously. Bad requests get 400 naming the
 * field; unknown placements 404; both are counted.
 *
 * <pre>{@code {"placement":"home_feed","user":{"id":"u1","consent":{"advertising":true},"persona":"gamer",
 *  "segments":["auto"]},"context":{"category":"gaming","geo":"FR","device":"mobile"},"count":1,"debug":false}}</pre>
 */
public final class DecideRoutes {
    private static final AtomicLong REQUEST_IDS = new AtomicLong();
    private final AdsContext ads;

    public DecideRoutes(AdsContext ads) {
        this.ads = ads;
    }

    public void mount(Router router) {
        router.post("/v1/decide").handler(BodyHandler.create(false).setBodyLimit(64 * 1024)).handler(this::decide);
        router.get("/v1/ads/stats").handler(ctx -> JsonResponses.sendBytes(ctx, 200,
                io.vertx.core.json.Json.encode(ads.stats()).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    private void decide(RoutingContext ctx) {
        DecisionRequest req;
        boolean debug;
        try {
            JsonObject o = Bodies.object(ctx.body().buffer());
            req = parse(o, ads.personas::personaOf);
            debug = Bodies.bool(o, "debug", "debug", false);
        } catch (Bodies.BadField e) {
            ads.count("decide_invalid_request");
            JsonResponses.invalidJson(ctx, null, e.field, e.field + " " + e.getMessage());
            return;
        }
        Decision d = ads.engine.decide(req);
        if (d.problem() != null) {
            ads.count("decide_" + d.problem().code());
            JsonResponses.error(ctx, 404, d.problem().code(), d.problem().message());
            return;
        }
        JsonResponses.send(ctx, 200, g -> write(g, d, debug));
    }

    /**
     * The request; a consenting user sent without a persona gets the persona the revenue stage labelled them with
     * ({@code personaOf}, null when unknown), so persona targeting works for callers that know only the user.
     */
    static DecisionRequest parse(JsonObject o, java.util.function.UnaryOperator<String> personaOf) {
        String placement = Bodies.string(o, "placement", "placement", true);
        JsonObject user = Bodies.object(o, "user", "user", false);
        JsonObject consent = user == null ? null : Bodies.object(user, "consent", "user.consent", false);
        JsonObject context = Bodies.object(o, "context", "context", false);
        String ts = Bodies.string(o, "timestamp", "timestamp", false);
        long when;
        try {
            when = ts == null ? System.currentTimeMillis() : Instant.parse(ts).toEpochMilli();
        } catch (DateTimeParseException e) {
            throw new Bodies.BadField("timestamp", "must be an ISO-8601 instant such as 2026-10-01T12:00:00Z");
        }
        int count = Bodies.integer(o, "count", "count", 0);
        if (count < 0 || count > 20) {
            throw new Bodies.BadField("count", "must be in 0..20");
        }
        double floor = Bodies.number(o, "floor_cpm", "floor_cpm", 0);
        if (floor < 0) {
            throw new Bodies.BadField("floor_cpm", "must be >= 0");
        }
        String requestId = Bodies.string(o, "request_id", "request_id", false);
        String userId = Bodies.string(user, "id", "user.id", false);
        boolean consented = Bodies.bool(consent, "advertising", "user.consent.advertising", false);
        String persona = Bodies.string(user, "persona", "user.persona", false);
        if (persona == null && consented && userId != null) {
            persona = personaOf.apply(userId);
        }
        return new DecisionRequest(requestId == null ? "r" + REQUEST_IDS.incrementAndGet() : requestId, placement,
                userId, consented, persona,
                Bodies.strings(user, "segments", "user.segments"), Bodies.string(context, "category",
                "context.category", false), Bodies.string(context, "geo", "context.geo", false),
                Bodies.string(context, "device", "context.device", false), when, count, floor);
    }

    private void write(JsonGenerator g, Decision d, boolean debug) throws IOException {
        g.writeStartObject();
        g.writeStringField("decision_id", d.decisionId());
        g.writeStringField("request_id", d.requestId());
        g.writeStringField("placement", d.placementId());
        g.writeBooleanField("personalised", d.personalised());
        g.writeNumberField("candidates", d.candidates().size());
        g.writeArrayFieldStart("ads");
        for (ServedAd a : d.ads()) {
            TrackingUrls urls = TrackingUrls.of(ads.signer, "", d, a);
            g.writeStartObject();
            g.writeNumberField("position", a.position());
            g.writeStringField("campaign", a.candidate().campaignId());
            g.writeStringField("creative", a.candidate().creativeId());
            g.writeStringField("advertiser", a.candidate().advertiserId());
            g.writeStringField("format", a.creative().format().wire());
            g.writeStringField("landing_url", a.creative().landingUrl());
            g.writeStringField("landing_item", a.creative().landingItemId());
            g.writeStringField("pricing", a.candidate().pricing().wire());
            g.writeNumberField("price", a.price());
            g.writeNumberField("ecpm", a.candidate().ecpm());
            g.writeNumberField("clearing_ecpm", a.clearingEcpm());
            g.writeNumberField("propensity", a.propensity());
            g.writeStringField("impression_url", urls.impression());
            g.writeStringField("click_url", urls.click());
            g.writeStringField("conversion_url", urls.conversion());
            g.writeEndObject();
        }
        g.writeEndArray();
        if (debug) {
            g.writeArrayFieldStart("scored");
            for (Candidate c : d.candidates()) {
                g.writeStartObject();
                g.writeStringField("campaign", c.campaignId());
                g.writeStringField("creative", c.creativeId());
                g.writeNumberField("ecpm", c.ecpm());
                g.writeNumberField("p_click", c.pClick());
                g.writeNumberField("throttle", c.throttle());
                g.writeBooleanField("participated", c.participated());
                g.writeEndObject();
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }
}
