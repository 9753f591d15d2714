package io.heed.server.ads;

import com.fasterxml.jackson.core.JsonGenerator;
import io.heed.ads.decide.Candidate;
import io.heed.ads.decide.Decision;
import io.heed.ads.decide.ServedAd;
import io.heed.server.http.JsonResponses;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import java.io.IOException;

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
    static final String PATH = "/v1/decide";
    static final int BODY_LIMIT = 64 * 1024;
    private final AdsContext ads;

    public DecideRoutes(AdsContext ads) {
        this.ads = ads;
    }

    public void mount(Router router) {
        router.post(PATH)
                .handler(BodyHandler.create(false).setBodyLimit(BODY_LIMIT))
                .handler(ctx -> respond(ctx.response(), ctx.body().buffer()));
        router.get("/v1/ads/stats")
                .handler(ctx -> JsonResponses.sendBytes(ctx, 200, JsonResponses.valueBytes(ads.stats())));
    }

    /**
     * Serves {@code POST /v1/decide} straight from the HTTP server, ahead of the router, when the body's length is
     * declared and within the limit (every ordinary client): the router's per-request context and body handler
     * cost as much as a decision. Returns false, leaving the request to the router (which answers the same way,
     * and sends 413 or reads chunked bodies), otherwise.
     */
    public boolean takes(HttpServerRequest req) {
        if (!HttpMethod.POST.equals(req.method()) || !PATH.equals(req.path())) {
            return false;
        }
        String length = req.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null || length.isEmpty() || length.length() > 9) {
            return false;
        }
        long n;
        try {
            n = Long.parseLong(length);
        } catch (NumberFormatException e) {
            return false;
        }
        if (n > BODY_LIMIT) {
            return false;
        }
        req.body().onSuccess(b -> {
            try {
                respond(req.response(), b);
            } catch (RuntimeException e) { // as the router's 500 handler would: logged, and the client answered
                org.slf4j.LoggerFactory.getLogger(DecideRoutes.class).error("unhandled failure on POST {}", PATH, e);
                JsonResponses.error(req.response(), 500, "internal_error", "the server failed to handle the request");
            }
        });
        return true;
    }

    private void respond(HttpServerResponse response, Buffer body) {
        DecideRequestReader.Read read;
        try {
            read = DecideRequestReader.read(body == null ? null : body.getBytes(), ads.personas::personaOf);
        } catch (Bodies.BadField e) {
            ads.count("decide_invalid_request");
            JsonResponses.invalidJson(response, null, e.field, e.field + " " + e.getMessage());
            return;
        }
        if (ads.shedding("decide")) {
            response.putHeader("Retry-After", "1");
            JsonResponses.error(response, 503, "unavailable", "the auction log is behind; retry in a second");
            return;
        }
        Decision d = ads.engine.decide(read.request());
        if (d.problem() != null) {
            ads.count("decide_" + d.problem().code());
            JsonResponses.error(response, 404, d.problem().code(), d.problem().message());
            return;
        }
        boolean debug = read.debug();
        JsonResponses.sendBytes(response, 200, JsonResponses.bytes(g -> write(g, d, debug)));
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
