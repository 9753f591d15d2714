package io.heed.server.ads;

import com.fasterxml.jackson.core.JsonGenerator;
import io.heed.ads.decide.Decision;
import io.heed.ads.decide.ServedAd;
import io.heed.ads.model.AdFormat;
import io.heed.server.http.JsonResponses;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code POST /openrtb2/auction}: an OpenRTB 2.5/2.6 BidRequest ({@link OpenRtbRequest}) in; a BidResponse with one
 * bid per impression Heed fills, or 204 when it fills none; 400 naming the field for a malformed request. An
 * impression's {@code tagid} selects a configured placement; otherwise the placement {@code openrtb-banner},
 * {@code openrtb-video} or {@code openrtb-native} (none configured: no bid). The bid price is CPM in the request's
 * first currency (no exchange-rate conversion): Heed's internal second price (what the campaign's budget is
 * charged), never below {@code bidfloor}. The markup carries the signed impression and click URLs; {@code nurl} is the
 * impression URL.
 */
public final class OpenRtbRoutes {
    private final AdsContext ads;

    public OpenRtbRoutes(AdsContext ads) {
        this.ads = ads;
    }

    public void mount(Router router) {
        router.post("/openrtb2/auction")
                .handler(BodyHandler.create(false).setBodyLimit(256 * 1024))
                .handler(this::auction);
    }

    private record Bid(OpenRtbRequest.Imp imp, Decision decision, ServedAd ad, TrackingUrls urls) {}

    private void auction(RoutingContext ctx) {
        OpenRtbRequest req;
        try {
            req = OpenRtbRequest.parse(
                    Bodies.object(ctx.body().buffer()), System.currentTimeMillis(), ads.engine::knowsPlacement);
        } catch (Bodies.BadField e) {
            ads.count("openrtb_invalid_request");
            JsonResponses.invalidJson(ctx, null, e.field, e.field + " " + e.getMessage());
            return;
        }
        if (ads.shedding("openrtb")) { // no bid: the exchange's answer for a bidder that cannot take more
            ctx.response()
                    .setStatusCode(204)
                    .putHeader("x-openrtb-version", "2.6")
                    .end();
            return;
        }
        String base = "http://" + ctx.request().authority();
        List<Bid> bids = new ArrayList<>();
        for (OpenRtbRequest.Imp imp : req.imps()) {
            if (imp.request() == null
                    || !ads.engine.knowsPlacement(imp.request().placementId())) {
                continue;
            }
            Decision d = ads.engine.decide(imp.request());
            if (d.filled()) {
                ServedAd a = d.ads().get(0);
                bids.add(new Bid(imp, d, a, TrackingUrls.of(ads.signer, base, d, a)));
            }
        }
        if (bids.isEmpty()) {
            ctx.response()
                    .setStatusCode(204)
                    .putHeader("x-openrtb-version", "2.6")
                    .end();
            return;
        }
        ctx.response().putHeader("x-openrtb-version", "2.6");
        JsonResponses.send(ctx, 200, g -> write(g, req, bids));
    }

    private static void write(JsonGenerator g, OpenRtbRequest req, List<Bid> bids) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", req.id());
        g.writeStringField("bidid", bids.get(0).decision().decisionId());
        g.writeStringField("cur", req.currency());
        g.writeArrayFieldStart("seatbid");
        g.writeStartObject();
        g.writeStringField("seat", "heed");
        g.writeArrayFieldStart("bid");
        for (Bid b : bids) {
            // Heed's own second price in both auction types: it is what the budget was charged, so an exchange's
            // first-price auction (at=1) bills exactly that
            double price = b.ad().clearingEcpm();
            g.writeStartObject();
            g.writeStringField("id", b.decision().decisionId() + "-" + b.imp().id());
            g.writeStringField("impid", b.imp().id());
            g.writeNumberField("price", Math.max(price, b.imp().bidFloor()));
            g.writeStringField("adid", b.ad().candidate().creativeId());
            g.writeStringField("crid", b.ad().candidate().creativeId());
            g.writeStringField("cid", b.ad().candidate().campaignId());
            g.writeStringField("nurl", b.urls().impression());
            g.writeStringField("adm", markup(b));
            if (b.ad().creative().width() > 0) {
                g.writeNumberField("w", b.ad().creative().width());
                g.writeNumberField("h", b.ad().creative().height());
            }
            g.writeNumberField(
                    "mtype",
                    switch (b.imp().format()) {
                        case BANNER -> 1;
                        case VIDEO -> 2;
                        case NATIVE -> 4;
                    });
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndArray();
        g.writeEndObject();
    }

    /** Minimal markup per format: HTML for banners, VAST 3.0 for video, a Native 1.2 response for native. */
    private static String markup(Bid b) {
        String click = b.urls().click();
        String imp = b.urls().impression();
        String cr = b.ad().candidate().creativeId();
        if (b.imp().format() == AdFormat.VIDEO) {
            return "<VAST version=\"3.0\"><Ad id=\"" + xml(cr) + "\"><InLine><AdSystem>Heed</AdSystem><AdTitle>"
                    + xml(cr) + "</AdTitle><Impression><![CDATA[" + imp + "]]></Impression><Creatives><Creative>"
                    + "<Linear><Duration>00:00:15</Duration><VideoClicks><ClickThrough><![CDATA[" + click
                    + "]]></ClickThrough></VideoClicks></Linear></Creative></Creatives></InLine></Ad></VAST>";
        }
        if (b.imp().format() == AdFormat.NATIVE) {
            return new String(
                    JsonResponses.bytes(g -> {
                        g.writeStartObject();
                        g.writeObjectFieldStart("native");
                        g.writeStringField("ver", "1.2");
                        g.writeObjectFieldStart("link");
                        g.writeStringField("url", click);
                        g.writeEndObject();
                        g.writeArrayFieldStart("imptrackers");
                        g.writeString(imp);
                        g.writeEndArray();
                        g.writeArrayFieldStart("assets");
                        g.writeEndArray();
                        g.writeEndObject();
                        g.writeEndObject();
                    }),
                    java.nio.charset.StandardCharsets.UTF_8);
        }
        return "<a href=\"" + xml(click) + "\" target=\"_blank\">" + xml(cr) + "</a><img src=\"" + xml(imp)
                + "\" width=\"1\" height=\"1\" alt=\"\">";
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;")
                .replace("\"", "&quot;")
                .replace("<", "&lt;")
                .replace(">", "&gt;");
    }
}
