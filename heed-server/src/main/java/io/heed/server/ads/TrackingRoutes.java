package io.heed.server.ads;

import io.heed.ads.model.Campaign;
import io.heed.ads.model.Pricing;
import io.heed.ads.port.SpendHistory;
import io.heed.ads.tracking.TrackKind;
import io.heed.ads.tracking.TrackOutcome;
import io.heed.ads.tracking.TrackingLedger;
import io.heed.ads.tracking.TrackingToken;
import io.heed.core.Result;
import io.heed.events.model.Event;
import io.heed.events.model.EventContext;
import io.heed.server.http.JsonResponses;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Instant;

/**
 * {@code GET /v1/track/impression|click|conversion?...&s=SIGNATURE}: verifies the URL's HMAC and age, applies the
 * fraud rules (duplicate → ignored; replay, click without impression, click faster than a human, conversion
 * without click → rejected), then for an accepted hit: charges CPC clicks and CPA conversions (never beyond the
 * budget; journaled for {@code ad_spend} before the answer), teaches the attention estimator, and stores a Heed
 * event ({@code impression}, {@code click}, or {@code purchase} for a conversion) for the revenue stage. Accepted
 * clicks redirect to the landing URL; other accepted hits and duplicates answer 204; rejections 403 (400 when
 * malformed) with the reason. Runs on the event loop: the event is journaled before the answer (it survives the
 * process being killed) and appended to the store in bulk in the background ({@code EventJournal}; one store
 * commit per hit, as before, managed about 50 hits a second). 503 with Retry-After while the store is far behind.
 */
public final class TrackingRoutes {
    private final AdsContext ads;

    public TrackingRoutes(AdsContext ads) {
        this.ads = ads;
    }

    public void mount(Router router) {
        router.get("/v1/track/:kind").handler(this::track);
    }

    private void track(RoutingContext ctx) {
        long now = System.currentTimeMillis();
        TrackKind kind = TrackKind.fromWire(ctx.pathParam("kind"));
        if (kind == null) {
            JsonResponses.error(ctx, 404, "not_found", "track impression, click or conversion");
            return;
        }
        Result<TrackingToken> verified = ads.signer.verify(ctx.request().query(), now);
        if (verified instanceof Result.Err<TrackingToken> err) {
            TrackOutcome o = TrackOutcome.rejected(err.problem().code(), null);
            ads.tracking.count(o);
            JsonResponses.error(
                    ctx,
                    err.problem().code().equals("malformed") ? 400 : 403,
                    err.problem().code(),
                    err.problem().message());
            return;
        }
        TrackingToken t = verified.orThrow();
        if (t.kind() != kind) {
            ads.tracking.count(TrackOutcome.rejected("kind_mismatch", t));
            JsonResponses.error(ctx, 403, "kind_mismatch", "a " + t.kind().wire() + " URL used as " + kind.wire());
            return;
        }
        if (ads.shedding("track")) { // before the hit is counted, so that the retry is not taken as a replay
            ctx.response().putHeader("Retry-After", "1");
            JsonResponses.error(ctx, 503, "unavailable", "the store is far behind; retry after 1 second");
            return;
        }
        TrackOutcome o = ads.tracking.record(t, now);
        switch (o.verdict()) {
            case REJECTED -> JsonResponses.error(ctx, 403, o.reason(), describe(o.reason()));
            case DUPLICATE ->
                ctx.response()
                        .setStatusCode(204)
                        .putHeader("X-Heed-Track", "duplicate")
                        .end();
            case ACCEPTED -> {
                ads.trackingLog.accept(accept(t, now));
                if (kind == TrackKind.CLICK && t.landing() != null) {
                    ctx.response()
                            .setStatusCode(302)
                            .putHeader("Location", t.landing())
                            .end();
                } else {
                    ctx.response()
                            .setStatusCode(204)
                            .putHeader("X-Heed-Track", "accepted")
                            .end();
                }
            }
        }
    }

    /** Charges (journaled at once) and teaches the estimator; returns the event to store. */
    private Event accept(TrackingToken t, long now) {
        Campaign c = ads.engine.campaign(t.campaignId());
        long charged = 0;
        if (c != null
                && (c.pricing() == Pricing.CPC && t.kind() == TrackKind.CLICK
                        || c.pricing() == Pricing.CPA && t.kind() == TrackKind.CONVERSION)) {
            charged = ads.engine.ledger().chargeUpTo(c, Math.round(t.price() * 1_000_000), now);
            ads.log.acceptCharge(new SpendHistory.Charge(
                    t.decisionId(), c.id(), now, t.kind().wire(), charged));
        }
        switch (t.kind()) {
            case IMPRESSION -> ads.attention.impression(t.campaignId(), t.persona());
            case CLICK -> ads.attention.click(t.campaignId(), t.persona());
            case CONVERSION -> ads.attention.conversion(t.campaignId(), t.persona());
        }
        String type = t.kind() == TrackKind.CONVERSION ? "purchase" : t.kind().wire();
        String attrs = "{\"campaign\":\"" + json(t.campaignId()) + "\",\"decision\":\"" + json(t.decisionId())
                + "\",\"charged_micros\":" + charged + "}";
        return Event.builder()
                .tenantId(ads.tenant)
                .eventId(TrackingLedger.eventId(t.kind(), t.decisionId(), t.position()))
                .type(type)
                .userId(t.userId() == null ? "anonymous" : t.userId())
                .adId(t.creativeId())
                .timestamp(Instant.ofEpochMilli(now))
                .context(EventContext.builder().position(t.position()).build())
                .attributes(attrs)
                .build();
    }

    private static String json(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private static String describe(String reason) {
        return switch (reason) {
            case "replayed" -> "this tracking URL was already used";
            case "no_impression" -> "a click without a recorded impression";
            case "too_fast" -> "a click faster than a human after its impression";
            case "no_click" -> "a conversion without a recorded click";
            default -> reason;
        };
    }
}
