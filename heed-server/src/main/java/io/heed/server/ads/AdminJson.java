package io.heed.server.ads;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.heed.ads.model.AdFormat;
import io.heed.ads.model.Advertiser;
import io.heed.ads.model.Campaign;
import io.heed.ads.model.Creative;
import io.heed.ads.model.FrequencyCap;
import io.heed.ads.model.Placement;
import io.heed.ads.model.Pricing;
import io.heed.ads.model.Schedule;
import io.heed.ads.model.Status;
import io.heed.ads.model.Targeting;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The admin API's JSON for each entity, both ways. Field errors surface as {@link Bodies.BadField}. */
final class AdminJson {
    private AdminJson() {}

    static Advertiser advertiser(String id, JsonNode o) {
        return new Advertiser(id, Bodies.string(o, "name", "name", false), status(o));
    }

    static Campaign campaign(String id, JsonNode o) {
        JsonNode s = Bodies.object(o, "schedule", "schedule", true);
        JsonNode t = Bodies.object(o, "targeting", "targeting", false);
        return new Campaign(
                id,
                Bodies.string(o, "advertiser", "advertiser", true),
                Bodies.string(o, "name", "name", false),
                status(o),
                Pricing.parse("pricing", Bodies.string(o, "pricing", "pricing", true)),
                required(o, "bid"),
                required(o, "total_budget"),
                required(o, "daily_budget"),
                new Schedule(instant(s, "start"), instant(s, "end"), hours(s)),
                t == null
                        ? Targeting.ANY
                        : new Targeting(
                                Bodies.strings(t, "personas", "targeting.personas"),
                                Bodies.strings(t, "segments", "targeting.segments"),
                                Bodies.strings(t, "contexts", "targeting.contexts"),
                                Bodies.strings(t, "geos", "targeting.geos"),
                                Bodies.strings(t, "devices", "targeting.devices")),
                caps(o));
    }

    static Creative creative(String id, JsonNode o) {
        return new Creative(
                id,
                Bodies.string(o, "campaign", "campaign", true),
                AdFormat.parse("format", Bodies.string(o, "format", "format", true)),
                Bodies.integer(o, "width", "width", 0),
                Bodies.integer(o, "height", "height", 0),
                Bodies.string(o, "landing_url", "landing_url", false),
                Bodies.string(o, "landing_item", "landing_item", false),
                status(o),
                Bodies.number(o, "quality", "quality", 1.0));
    }

    static Placement placement(String id, JsonNode o) {
        return new Placement(
                id,
                AdFormat.parse("format", Bodies.string(o, "format", "format", true)),
                Bodies.integer(o, "width", "width", 0),
                Bodies.integer(o, "height", "height", 0),
                Bodies.integer(o, "slots", "slots", 1),
                Bodies.number(o, "floor_cpm", "floor_cpm", 0));
    }

    static ObjectNode json(Advertiser a) {
        return object().put("id", a.id())
                .put("name", a.name())
                .put("status", a.status().wire());
    }

    static ObjectNode json(Campaign c) {
        ObjectNode o = object().put("id", c.id())
                .put("advertiser", c.advertiserId())
                .put("name", c.name())
                .put("status", c.status().wire())
                .put("pricing", c.pricing().wire())
                .put("bid", c.bid())
                .put("total_budget", c.totalBudget())
                .put("daily_budget", c.dailyBudget());
        ObjectNode s = o.putObject("schedule")
                .put("start", c.schedule().start().toString())
                .put("end", c.schedule().end().toString());
        ArrayNode hours = s.putArray("hours");
        for (int h = 0; h < 24; h++) {
            if ((c.schedule().hoursMask() & (1 << h)) != 0) {
                hours.add(h);
            }
        }
        Targeting t = c.targeting();
        ObjectNode tj = o.putObject("targeting");
        strings(tj.putArray("personas"), t.personas());
        strings(tj.putArray("segments"), t.segments());
        strings(tj.putArray("contexts"), t.contexts());
        strings(tj.putArray("geos"), t.geos());
        strings(tj.putArray("devices"), t.devices());
        ArrayNode caps = o.putArray("frequency_caps");
        c.frequencyCaps()
                .forEach(f -> caps.addObject()
                        .put("max", f.maxImpressions())
                        .put("window_seconds", f.window().toSeconds()));
        return o;
    }

    static ObjectNode json(Creative c) {
        return object().put("id", c.id())
                .put("campaign", c.campaignId())
                .put("format", c.format().wire())
                .put("width", c.width())
                .put("height", c.height())
                .put("landing_url", c.landingUrl())
                .put("landing_item", c.landingItemId())
                .put("status", c.status().wire())
                .put("quality", c.quality());
    }

    static ObjectNode json(Placement p) {
        return object().put("id", p.id())
                .put("format", p.format().wire())
                .put("width", p.width())
                .put("height", p.height())
                .put("slots", p.slots())
                .put("floor_cpm", p.floorCpm());
    }

    private static ObjectNode object() {
        return io.heed.server.http.JsonResponses.MAPPER.createObjectNode();
    }

    private static void strings(ArrayNode a, Set<String> values) {
        values.forEach(a::add);
    }

    private static Status status(JsonNode o) {
        String s = Bodies.string(o, "status", "status", false);
        return s == null ? Status.ACTIVE : Status.parse("status", s);
    }

    private static double required(JsonNode o, String key) {
        if (Bodies.value(o, key) == null) {
            throw new Bodies.BadField(key, "is required");
        }
        return Bodies.number(o, key, key, 0);
    }

    private static Instant instant(JsonNode s, String key) {
        String v = Bodies.string(s, key, "schedule." + key, true);
        try {
            return Instant.parse(v);
        } catch (DateTimeParseException e) {
            throw new Bodies.BadField("schedule." + key, "must be an ISO-8601 instant such as 2026-10-01T00:00:00Z");
        }
    }

    private static int hours(JsonNode s) {
        JsonNode a = Bodies.array(s, "hours", "schedule.hours");
        if (a == null) {
            return Schedule.ALL_HOURS;
        }
        int mask = 0;
        for (int i = 0; i < a.size(); i++) {
            JsonNode h = a.get(i);
            int x = h.isInt() ? h.intValue() : -1;
            if (x < 0 || x > 23) {
                throw new Bodies.BadField("schedule.hours[" + i + "]", "must be an hour in 0..23");
            }
            mask |= 1 << x;
        }
        return mask;
    }

    private static List<FrequencyCap> caps(JsonNode o) {
        JsonNode a = Bodies.array(o, "frequency_caps", "frequency_caps");
        List<FrequencyCap> out = new ArrayList<>();
        for (int i = 0; a != null && i < a.size(); i++) {
            JsonNode c = a.get(i);
            if (!c.isObject()) {
                throw new Bodies.BadField("frequency_caps[" + i + "]", "must be an object {max, window_seconds}");
            }
            String path = "frequency_caps[" + i + "]";
            int max = Bodies.integer(c, "max", path + ".max", 0);
            int seconds = Bodies.integer(c, "window_seconds", path + ".window_seconds", 0);
            if (seconds <= 0) {
                throw new Bodies.BadField(path + ".window_seconds", "must be a positive number of seconds");
            }
            out.add(new FrequencyCap(max, Duration.ofSeconds(seconds)));
        }
        return out;
    }
}
