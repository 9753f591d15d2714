package io.heed.sim;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.heed.core.HeedVersion;
import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Writes what only the simulator knows, under {@code truth/}: persona membership and definitions, bots,
 * identities, the latent item and ad terms and the attention model's coefficients; plus {@code manifest.json},
 * the provenance of the whole output. No wall-clock time is recorded, so equal configs give equal bytes.
 */
final class GroundTruthWriter {
    static final String BOT_PERSONA = "bot";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    // Fixed LF indentation: output must not depend on the platform's line separator.
    private static final ObjectWriter JSON = MAPPER.writer(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private GroundTruthWriter() {}

    static void personas(Path dir, List<Persona> personas, UserPopulation population) throws IOException {
        try (BufferedWriter w = Csv.open(dir.resolve("personas.csv"))) {
            w.write("user_id,persona\n");
            for (SimUser u : population.users()) {
                w.write(u.id() + ","
                        + (u.bot() ? BOT_PERSONA : personas.get(u.persona()).name()) + "\n");
            }
        }
        ArrayNode defs = MAPPER.createArrayNode();
        for (Persona p : personas) {
            ObjectNode n = defs.addObject();
            n.put("index", p.index());
            n.put("name", p.name());
            n.put("size", population.personaSize(p.index()));
            n.put("share", round(p.share()));
            ObjectNode cats = n.putObject("category_weights");
            for (Category c : Category.values()) {
                cats.put(c.wire, round(p.categoryWeights()[c.ordinal()]));
            }
            ArrayNode top = n.putArray("top_categories");
            for (int c : p.topCategories(3)) {
                top.add(Category.of(c).wire);
            }
            ArrayNode rhythm = n.putArray("rhythm_local_hour_weights");
            for (double h : p.hourWeights()) {
                rhythm.add(round(h));
            }
            ObjectNode devices = n.putObject("device_mix");
            for (DeviceType d : DeviceType.values()) {
                devices.put(d.wire, round(p.deviceMix()[d.ordinal()]));
            }
            ObjectNode platforms = n.putObject("platform_mix_mobile_tablet");
            for (Platform pl : Platform.values()) {
                platforms.put(pl.wire, round(p.platformMix()[pl.ordinal()]));
            }
            n.put("price_sensitivity", round(p.priceSensitivity()));
            n.put("ad_responsiveness", round(p.adResponsiveness()));
            n.put("activity", round(p.activity()));
            n.put("weekend_boost", round(p.weekendBoost()));
        }
        JSON.writeValue(dir.resolve("persona_definitions.json").toFile(), defs);
    }

    static void bots(Path dir, UserPopulation population) throws IOException {
        try (BufferedWriter w = Csv.open(dir.resolve("bots.csv"))) {
            w.write("user_id\n");
            for (SimUser u : population.users()) {
                if (u.bot()) {
                    w.write(u.id() + "\n");
                }
            }
        }
    }

    /** Every device of every account; devices never logged in during the window cannot be linked from the data. */
    static void identities(Path dir, UserPopulation population) throws IOException {
        try (BufferedWriter w = Csv.open(dir.resolve("identities.csv"))) {
            w.write("anonymous_id,user_id\n");
            for (SimDevice d : population.devices()) {
                w.write(d.anonymousId() + "," + population.user(d.user()).id() + "\n");
            }
        }
    }

    static void latents(Path dir, Catalog catalog, AdInventory ads) throws IOException {
        StringBuilder sb = new StringBuilder(64);
        try (BufferedWriter w = Csv.open(dir.resolve("items.csv"))) {
            w.write("item_id,popularity,quality,video\n");
            for (Item it : catalog.items()) {
                sb.setLength(0);
                sb.append(it.id()).append(',');
                Csv.appendFixed(sb, it.popularity(), 6);
                sb.append(',');
                Csv.appendFixed(sb, it.quality(), 4);
                sb.append(',').append(it.video()).append('\n');
                w.append(sb);
            }
        }
        try (BufferedWriter w = Csv.open(dir.resolve("ads.csv"))) {
            w.write("ad_id,creative_quality\n");
            for (Ad ad : ads.ads()) {
                sb.setLength(0);
                sb.append(ad.id()).append(',');
                Csv.appendFixed(sb, ad.creativeQuality(), 4);
                sb.append('\n');
                w.append(sb);
            }
        }
    }

    static void attentionModel(Path dir, AttentionParams params) throws IOException {
        JSON.writeValue(dir.resolve("attention_model.json").toFile(), recordToJson(params));
    }

    static void manifest(Path file, SimConfig cfg, SimSummary summary) throws IOException {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("generator", "heed-sim");
        root.put("heed_version", HeedVersion.current());
        root.set("config", recordToJson(cfg));
        ObjectNode s = recordToJson(summary);
        root.set("summary", s);
        JSON.writeValue(file.toFile(), root);
    }

    /** A record as a JSON object with snake_case keys, in declaration order. */
    private static ObjectNode recordToJson(Record r) {
        ObjectNode n = MAPPER.createObjectNode();
        for (RecordComponent rc : r.getClass().getRecordComponents()) {
            Object v;
            try {
                v = rc.getAccessor().invoke(r);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + rc.getName(), e);
            }
            String key = rc.getName().replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
            if (v instanceof Double d) {
                n.put(key, d);
            } else if (v instanceof Number num) {
                n.put(key, num.longValue());
            } else if (v instanceof Map<?, ?> m) {
                ObjectNode o = n.putObject(key);
                m.forEach((k, val) -> o.put(String.valueOf(k), ((Number) val).longValue()));
            } else {
                n.put(key, String.valueOf(v));
            }
        }
        return n;
    }

    private static double round(double v) {
        return Math.round(v * 1e6) / 1e6;
    }
}
