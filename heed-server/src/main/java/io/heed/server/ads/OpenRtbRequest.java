package io.heed.server.ads;

import com.fasterxml.jackson.databind.JsonNode;
import io.heed.ads.consent.TcfConsent;
import io.heed.ads.decide.DecisionRequest;
import io.heed.ads.model.AdFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * An OpenRTB 2.5/2.6 BidRequest read into one {@link DecisionRequest} per impression. Reads: {@code id},
 * {@code at}, {@code cur}; {@code imp[]} ({@code id}, {@code tagid}, {@code bidfloor}, {@code banner} with
 * {@code w}/{@code h} or {@code format[0]}, {@code video}, {@code native}, {@code pmp.private_auction});
 * {@code site} or {@code app} ({@code cat[0]} as the context); {@code device} ({@code devicetype},
 * {@code geo.country}, {@code dnt}, {@code lmt}); {@code user} ({@code id}, {@code data[].segment[].id},
 * {@code consent} or {@code ext.consent}); {@code regs} ({@code gdpr} or {@code ext.gdpr}, {@code coppa}).
 * Personal data is used only with a user id, no COPPA, no do-not-track or limit-ad-tracking, and — where GDPR
 * applies — a TCF string consenting to purposes 1 and 4. Anything malformed throws {@link Bodies.BadField}.
 */
record OpenRtbRequest(String id, int auctionType, String currency, List<Imp> imps) {

    /** One impression: its id, its format, and the decision request for it (null when it cannot be bid on). */
    record Imp(String id, AdFormat format, double bidFloor, DecisionRequest request) {}

    private static final Map<String, String> ISO3_TO_ISO2 = new HashMap<>();

    static {
        for (String c : Locale.getISOCountries()) {
            ISO3_TO_ISO2.put(new Locale("", c).getISO3Country(), c);
        }
    }

    static OpenRtbRequest parse(JsonNode o, long now, java.util.function.Predicate<String> knownPlacement) {
        String id = Bodies.string(o, "id", "id", true);
        int at = Bodies.integer(o, "at", "at", 2);
        if (at != 1 && at != 2 && at < 500) {
            throw new Bodies.BadField("at", "must be 1 (first price), 2 (second price) or an exchange value >= 500");
        }
        JsonNode curs = Bodies.array(o, "cur", "cur");
        String cur = curs == null || curs.isEmpty()
                ? "USD"
                : curs.get(0).isTextual()
                        ? curs.get(0).textValue()
                        : curs.get(0).toString();
        JsonNode site = Bodies.object(o, "site", "site", false);
        JsonNode app = Bodies.object(o, "app", "app", false);
        if (site != null && app != null) {
            throw new Bodies.BadField("site", "a request has site or app, not both");
        }
        JsonNode where = site != null ? site : app;
        String whereName = site != null ? "site" : "app";
        Set<String> cats = where == null ? Set.of() : Bodies.strings(where, "cat", whereName + ".cat");
        String context = cats.isEmpty() ? null : cats.iterator().next();
        JsonNode device = Bodies.object(o, "device", "device", false);
        JsonNode geo = device == null ? null : Bodies.object(device, "geo", "device.geo", false);
        String country = Bodies.string(geo, "country", "device.geo.country", false);
        String geo2 = country == null ? null : ISO3_TO_ISO2.getOrDefault(country.toUpperCase(Locale.ROOT), country);
        String deviceType = deviceType(Bodies.integer(device, "devicetype", "device.devicetype", 0));
        boolean tracking = Bodies.integer(device, "dnt", "device.dnt", 0) != 1
                && Bodies.integer(device, "lmt", "device.lmt", 0) != 1;
        JsonNode user = Bodies.object(o, "user", "user", false);
        String userId = Bodies.string(user, "id", "user.id", false);
        Set<String> segments = segments(user);
        JsonNode regs = Bodies.object(o, "regs", "regs", false);
        JsonNode regsExt = regs == null ? null : Bodies.object(regs, "ext", "regs.ext", false);
        int gdpr = regs != null && Bodies.value(regs, "gdpr") != null
                ? Bodies.integer(regs, "gdpr", "regs.gdpr", 0)
                : Bodies.integer(regsExt, "gdpr", "regs.ext.gdpr", 0);
        boolean coppa = Bodies.integer(regs, "coppa", "regs.coppa", 0) == 1;
        JsonNode userExt = user == null ? null : Bodies.object(user, "ext", "user.ext", false);
        String consent = user != null && Bodies.value(user, "consent") != null
                ? Bodies.string(user, "consent", "user.consent", false)
                : Bodies.string(userExt, "consent", "user.ext.consent", false);
        boolean personal =
                userId != null && !coppa && tracking && (gdpr != 1 || TcfConsent.allowsPersonalisedAds(consent));

        JsonNode impArray = Bodies.array(o, "imp", "imp");
        if (impArray == null || impArray.isEmpty()) {
            throw new Bodies.BadField("imp", "at least one impression is required");
        }
        List<Imp> imps = new ArrayList<>();
        for (int i = 0; i < impArray.size(); i++) {
            String path = "imp[" + i + "]";
            JsonNode imp = impArray.get(i);
            if (!imp.isObject()) {
                throw new Bodies.BadField(path, "must be an object");
            }
            String impId = Bodies.string(imp, "id", path + ".id", true);
            double floor = Bodies.number(imp, "bidfloor", path + ".bidfloor", 0);
            if (floor < 0) {
                throw new Bodies.BadField(path + ".bidfloor", "must be >= 0");
            }
            JsonNode banner = Bodies.object(imp, "banner", path + ".banner", false);
            JsonNode video = Bodies.object(imp, "video", path + ".video", false);
            JsonNode nat = Bodies.object(imp, "native", path + ".native", false);
            AdFormat format;
            int w = 0;
            int h = 0;
            if (banner != null) {
                format = AdFormat.BANNER;
                w = Bodies.integer(banner, "w", path + ".banner.w", 0);
                h = Bodies.integer(banner, "h", path + ".banner.h", 0);
                JsonNode formats = Bodies.array(banner, "format", path + ".banner.format");
                if ((w == 0 || h == 0) && formats != null && !formats.isEmpty()) {
                    JsonNode f0 = formats.get(0);
                    if (!f0.isObject()) {
                        throw new Bodies.BadField(path + ".banner.format[0]", "must be an object");
                    }
                    w = Bodies.integer(f0, "w", path + ".banner.format[0].w", 0);
                    h = Bodies.integer(f0, "h", path + ".banner.format[0].h", 0);
                }
            } else if (video != null) {
                format = AdFormat.VIDEO;
                w = Bodies.integer(video, "w", path + ".video.w", 0);
                h = Bodies.integer(video, "h", path + ".video.h", 0);
            } else if (nat != null) {
                format = AdFormat.NATIVE;
            } else {
                throw new Bodies.BadField(path, "needs banner, video or native");
            }
            if (w < 0 || h < 0) {
                throw new Bodies.BadField(path + "." + format.wire() + ".w", "sizes must be >= 0");
            }
            JsonNode pmp = Bodies.object(imp, "pmp", path + ".pmp", false);
            boolean privateOnly = Bodies.integer(pmp, "private_auction", path + ".pmp.private_auction", 0) == 1;
            String tag = Bodies.string(imp, "tagid", path + ".tagid", false);
            String placement = tag != null && knownPlacement.test(tag) ? tag : "openrtb-" + format.wire();
            // Heed holds no private deals: an impression open only to deals gets no bid.
            DecisionRequest req = privateOnly
                    ? null
                    : DecisionRequest.builder()
                            .requestId(id + "/" + impId)
                            .placement(placement)
                            .user(personal ? userId : null)
                            .consent(personal)
                            .segments(personal ? segments : Set.of())
                            .context(context)
                            .geo(geo2)
                            .device(deviceType)
                            .timestampMillis(now)
                            .maxAds(1)
                            .floorCpm(floor)
                            .slotSize(w, h)
                            .build();
            imps.add(new Imp(impId, format, floor, req));
        }
        return new OpenRtbRequest(id, at, cur, imps);
    }

    private static String deviceType(int t) {
        return switch (t) {
            case 1, 4 -> "mobile";
            case 2 -> "desktop";
            case 5 -> "tablet";
            case 3, 7 -> "tv";
            default -> null;
        };
    }

    private static Set<String> segments(JsonNode user) {
        Set<String> out = new LinkedHashSet<>();
        JsonNode data = user == null ? null : Bodies.array(user, "data", "user.data");
        for (int i = 0; data != null && i < data.size(); i++) {
            JsonNode d = data.get(i);
            if (!d.isObject()) {
                throw new Bodies.BadField("user.data[" + i + "]", "must be an object");
            }
            JsonNode segs = Bodies.array(d, "segment", "user.data[" + i + "].segment");
            for (int j = 0; segs != null && j < segs.size(); j++) {
                JsonNode s = segs.get(j);
                if (!s.isObject()) {
                    throw new Bodies.BadField("user.data[" + i + "].segment[" + j + "]", "must be an object");
                }
                String sid = Bodies.string(s, "id", "user.data[" + i + "].segment[" + j + "].id", false);
                if (sid != null) {
                    out.add(sid);
                }
            }
        }
        return out;
    }
}
