package io.heed.profiles.persona;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.heed.profiles.FeatureSet;
import io.heed.profiles.cluster.Standardizer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The persona model artifact as JSON ({@value #FORMAT} format version {@value #FORMAT_VERSION}): feature set,
 * scaler, centroids, provenance and descriptions. Readers accept every format version up to their own, so models
 * saved by older versions keep loading.
 */
public final class PersonaModelJson {
    public static final String FORMAT = "heed-persona-model";
    /** 2 added the config's {@code algorithm} and {@code observedIf}; format 1 files load with AUTO and none. */
    public static final int FORMAT_VERSION = 2;

    /** Reads trees; the whole document must be one value (nothing after it), as the hand-written reader required. */
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private PersonaModelJson() {}

    public static void save(PersonaModel model, Path file) {
        try {
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(tmp, toJson(model), StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the persona model to " + file, e);
        }
    }

    public static PersonaModel load(Path file) {
        try {
            return fromJson(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the persona model " + file, e);
        }
    }

    public static String toJson(PersonaModel m) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("format", FORMAT);
        o.put("formatVersion", FORMAT_VERSION);
        ObjectNode fs = o.putObject("featureSet");
        fs.put("name", m.features().name());
        fs.put("version", m.features().version());
        strings(fs.putArray("names"), m.features().names());
        Standardizer s = m.scaler();
        ObjectNode sc = o.putObject("scaler");
        ArrayNode kept = sc.putArray("kept");
        for (int j : s.kept()) {
            kept.add(j);
        }
        doubles(sc.putArray("means"), s.means());
        doubles(sc.putArray("scales"), s.scales());
        sc.put("clip", s.clip());
        strings(sc.putArray("dropped"), s.dropped());
        doubles(sc.putArray("weights"), s.weights());
        o.put("k", m.k());
        ArrayNode cents = o.putArray("centroids");
        double[] c = m.centroids();
        int d = s.dims();
        for (int j = 0; j < m.k(); j++) {
            doubles(cents.addArray(), java.util.Arrays.copyOfRange(c, j * d, (j + 1) * d));
        }
        o.put("inertia", m.inertia());
        PersonaProvenance p = m.provenance();
        PersonaConfig pc = p.config();
        ObjectNode prov = o.putObject("provenance");
        ObjectNode cfg = prov.putObject("config");
        cfg.put("kMin", pc.kMin());
        cfg.put("kMax", pc.kMax());
        cfg.put("seed", Long.toString(pc.seed()));
        cfg.put("threads", pc.threads());
        cfg.put("restarts", pc.restarts());
        cfg.put("clip", pc.clip());
        cfg.put("miniBatchAbove", pc.miniBatchAbove());
        cfg.put("silhouetteSample", pc.silhouetteSample());
        strings(cfg.putArray("featurePrefixes"), pc.featurePrefixes());
        cfg.put("balanceGroups", pc.balanceGroups());
        cfg.put("algorithm", pc.algorithm().name());
        ObjectNode observed = cfg.putObject("observedIf");
        pc.observedIf().forEach(observed::put);
        prov.put("dataWindow", p.dataWindow());
        prov.put("users", p.users());
        prov.put("codeVersion", p.codeVersion());
        prov.put("createdAt", p.createdAt());
        strings(prov.putArray("droppedFeatures"), p.droppedFeatures());
        ObjectNode metrics = prov.putObject("metrics");
        new java.util.TreeMap<>(p.metrics()).forEach(metrics::put);
        ArrayNode personas = o.putArray("personas");
        for (PersonaDescription pd : m.descriptions()) {
            ObjectNode po = personas.addObject();
            po.put("index", pd.index());
            po.put("label", pd.label());
            po.put("size", pd.size());
            po.put("share", pd.share());
            po.put("revenueShare", pd.revenueShare());
            ArrayNode eff = po.putArray("distinguishing");
            for (PersonaDescription.FeatureEffect e : pd.distinguishing()) {
                ObjectNode eo = eff.addObject();
                eo.put("feature", e.feature());
                eo.put("mean", e.mean());
                eo.put("restMean", e.restMean());
                eo.put("cohensD", e.cohensD());
            }
            strings(po.putArray("topCategories"), pd.topCategories());
            strings(po.putArray("topRules"), pd.topRules());
        }
        return ModelText.write(o);
    }

    private static void strings(ArrayNode a, List<String> values) {
        values.forEach(a::add);
    }

    private static void doubles(ArrayNode a, double[] values) {
        for (double v : values) {
            a.add(v);
        }
    }

    public static PersonaModel fromJson(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("invalid JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("not a persona model: the file is not a JSON object");
        }
        ObjectNode o = (ObjectNode) root;
        JsonNode format = o.get("format");
        if (!FORMAT.equals(format == null ? null : format.textValue())) {
            throw new IllegalArgumentException("not a persona model: format is "
                    + (format != null && format.isTextual() ? format.textValue() : format));
        }
        int fv = num(o, "formatVersion");
        if (fv > FORMAT_VERSION) {
            throw new IllegalArgumentException(
                    "persona model format " + fv + " is newer than this code (" + FORMAT_VERSION + "); upgrade heed");
        }
        JsonNode fs = o.path("featureSet");
        FeatureSet features = new FeatureSet(text(fs.get("name")), num(fs, "version"), strings(fs.get("names")));
        JsonNode sc = o.path("scaler");
        Standardizer scaler = new Standardizer(
                ints(sc.get("kept")),
                doubles(sc.get("means")),
                doubles(sc.get("scales")),
                dbl(sc, "clip"),
                strings(sc.get("dropped")),
                sc.has("weights") ? doubles(sc.get("weights")) : ones(ints(sc.get("kept")).length));
        int k = num(o, "k");
        JsonNode cents = o.path("centroids");
        double[] c = new double[k * scaler.dims()];
        for (int j = 0; j < k; j++) {
            System.arraycopy(doubles(cents.get(j)), 0, c, j * scaler.dims(), scaler.dims());
        }
        JsonNode prov = o.path("provenance");
        JsonNode cfg = prov.path("config");
        PersonaConfig pc = new PersonaConfig(
                num(cfg, "kMin"),
                num(cfg, "kMax"),
                Long.parseLong(text(cfg.get("seed"))),
                num(cfg, "threads"),
                num(cfg, "restarts"),
                dbl(cfg, "clip"),
                num(cfg, "miniBatchAbove"),
                num(cfg, "silhouetteSample"),
                cfg.has("featurePrefixes") ? strings(cfg.get("featurePrefixes")) : List.of(),
                cfg.path("balanceGroups").booleanValue(),
                algorithm(cfg.get("algorithm")),
                observedIf(cfg.get("observedIf")));
        Map<String, Double> metrics = new LinkedHashMap<>();
        prov.path("metrics").properties().forEach(e -> metrics.put(e.getKey(), dbl(prov.path("metrics"), e.getKey())));
        PersonaProvenance p = new PersonaProvenance(
                pc,
                text(prov.get("dataWindow")),
                num(prov, "users"),
                text(prov.get("codeVersion")),
                text(prov.get("createdAt")),
                strings(prov.get("droppedFeatures")),
                metrics);
        List<PersonaDescription> ds = new ArrayList<>();
        for (JsonNode pm : o.path("personas")) {
            List<PersonaDescription.FeatureEffect> eff = new ArrayList<>();
            for (JsonNode em : pm.path("distinguishing")) {
                eff.add(new PersonaDescription.FeatureEffect(
                        text(em.get("feature")), dbl(em, "mean"), dbl(em, "restMean"), dbl(em, "cohensD")));
            }
            ds.add(new PersonaDescription(
                    num(pm, "index"),
                    text(pm.get("label")),
                    num(pm, "size"),
                    dbl(pm, "share"),
                    dbl(pm, "revenueShare"),
                    eff,
                    strings(pm.get("topCategories")),
                    strings(pm.get("topRules"))));
        }
        return new PersonaModel(features, scaler, k, c, dbl(o, "inertia"), p, ds);
    }

    /** A string field's value; null for JSON null or absent (the old reader's cast did the same). */
    private static String text(JsonNode v) {
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new IllegalArgumentException("persona model: expected a string, found " + v);
        }
        return v.textValue();
    }

    private static PersonaConfig.Algorithm algorithm(JsonNode v) {
        if (v == null || v.isNull()) {
            return PersonaConfig.Algorithm.AUTO;
        }
        try {
            return PersonaConfig.Algorithm.valueOf(v.isTextual() ? v.textValue() : v.toString());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "persona model: unknown algorithm '" + (v.isTextual() ? v.textValue() : v) + "'");
        }
    }

    private static Map<String, String> observedIf(JsonNode v) {
        Map<String, String> out = new LinkedHashMap<>();
        if (v != null && !v.isNull()) {
            v.properties().forEach(e -> out.put(e.getKey(), text(e.getValue())));
        }
        return out;
    }

    private static int num(JsonNode m, String key) {
        return (int) dbl(m, key);
    }

    private static double dbl(JsonNode m, String key) {
        JsonNode v = m.get(key);
        if (v == null || !v.isNumber()) {
            throw new IllegalArgumentException("persona model: '" + key + "' missing or not a number");
        }
        return v.doubleValue();
    }

    private static List<String> strings(JsonNode v) {
        List<String> out = new ArrayList<>();
        for (JsonNode x : array(v)) {
            out.add(text(x));
        }
        return java.util.Collections.unmodifiableList(out);
    }

    private static double[] doubles(JsonNode v) {
        JsonNode a = array(v);
        double[] out = new double[a.size()];
        for (int i = 0; i < out.length; i++) {
            if (!a.get(i).isNumber()) {
                throw new IllegalArgumentException("persona model: expected a number, found " + a.get(i));
            }
            out[i] = a.get(i).doubleValue();
        }
        return out;
    }

    private static int[] ints(JsonNode v) {
        double[] d = doubles(v);
        int[] out = new int[d.length];
        for (int i = 0; i < d.length; i++) {
            out[i] = (int) d[i];
        }
        return out;
    }

    private static JsonNode array(JsonNode v) {
        if (v == null || !v.isArray()) {
            throw new IllegalArgumentException("persona model: expected an array, found " + v);
        }
        return v;
    }

    private static double[] ones(int n) {
        double[] w = new double[n];
        java.util.Arrays.fill(w, 1.0);
        return w;
    }
}
