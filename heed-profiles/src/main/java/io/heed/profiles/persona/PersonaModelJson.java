package io.heed.profiles.persona;

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

    private PersonaModelJson() {
    }

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
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("format", FORMAT);
        o.put("formatVersion", FORMAT_VERSION);
        Map<String, Object> fs = new LinkedHashMap<>();
        fs.put("name", m.features().name());
        fs.put("version", m.features().version());
        fs.put("names", m.features().names());
        o.put("featureSet", fs);
        Standardizer s = m.scaler();
        Map<String, Object> sc = new LinkedHashMap<>();
        List<Object> kept = new ArrayList<>();
        for (int j : s.kept()) {
            kept.add(j);
        }
        sc.put("kept", kept);
        sc.put("means", s.means());
        sc.put("scales", s.scales());
        sc.put("clip", s.clip());
        sc.put("dropped", s.dropped());
        sc.put("weights", s.weights());
        o.put("scaler", sc);
        o.put("k", m.k());
        List<Object> cents = new ArrayList<>();
        double[] c = m.centroids();
        int d = s.dims();
        for (int j = 0; j < m.k(); j++) {
            cents.add(java.util.Arrays.copyOfRange(c, j * d, (j + 1) * d));
        }
        o.put("centroids", cents);
        o.put("inertia", m.inertia());
        PersonaProvenance p = m.provenance();
        PersonaConfig pc = p.config();
        Map<String, Object> cfg = new LinkedHashMap<>();
        cfg.put("kMin", pc.kMin());
        cfg.put("kMax", pc.kMax());
        cfg.put("seed", Long.toString(pc.seed()));
        cfg.put("threads", pc.threads());
        cfg.put("restarts", pc.restarts());
        cfg.put("clip", pc.clip());
        cfg.put("miniBatchAbove", pc.miniBatchAbove());
        cfg.put("silhouetteSample", pc.silhouetteSample());
        cfg.put("featurePrefixes", pc.featurePrefixes());
        cfg.put("balanceGroups", pc.balanceGroups());
        cfg.put("algorithm", pc.algorithm().name());
        cfg.put("observedIf", pc.observedIf());
        Map<String, Object> prov = new LinkedHashMap<>();
        prov.put("config", cfg);
        prov.put("dataWindow", p.dataWindow());
        prov.put("users", p.users());
        prov.put("codeVersion", p.codeVersion());
        prov.put("createdAt", p.createdAt());
        prov.put("droppedFeatures", p.droppedFeatures());
        prov.put("metrics", new java.util.TreeMap<>(p.metrics()));
        o.put("provenance", prov);
        List<Object> personas = new ArrayList<>();
        for (PersonaDescription pd : m.descriptions()) {
            Map<String, Object> po = new LinkedHashMap<>();
            po.put("index", pd.index());
            po.put("label", pd.label());
            po.put("size", pd.size());
            po.put("share", pd.share());
            po.put("revenueShare", pd.revenueShare());
            List<Object> eff = new ArrayList<>();
            for (PersonaDescription.FeatureEffect e : pd.distinguishing()) {
                Map<String, Object> eo = new LinkedHashMap<>();
                eo.put("feature", e.feature());
                eo.put("mean", e.mean());
                eo.put("restMean", e.restMean());
                eo.put("cohensD", e.cohensD());
                eff.add(eo);
            }
            po.put("distinguishing", eff);
            po.put("topCategories", pd.topCategories());
            po.put("topRules", pd.topRules());
            personas.add(po);
        }
        o.put("personas", personas);
        return Json.write(o);
    }

    @SuppressWarnings("unchecked")
    public static PersonaModel fromJson(String json) {
        Map<String, Object> o = (Map<String, Object>) Json.parse(json);
        if (!FORMAT.equals(o.get("format"))) {
            throw new IllegalArgumentException("not a persona model: format is " + o.get("format"));
        }
        int fv = num(o, "formatVersion");
        if (fv > FORMAT_VERSION) {
            throw new IllegalArgumentException("persona model format " + fv + " is newer than this code ("
                    + FORMAT_VERSION + "); upgrade heed");
        }
        Map<String, Object> fs = (Map<String, Object>) o.get("featureSet");
        FeatureSet features = new FeatureSet((String) fs.get("name"), num(fs, "version"),
                strings(fs.get("names")));
        Map<String, Object> sc = (Map<String, Object>) o.get("scaler");
        Standardizer scaler = new Standardizer(ints(sc.get("kept")), doubles(sc.get("means")),
                doubles(sc.get("scales")), dbl(sc, "clip"), strings(sc.get("dropped")),
                sc.containsKey("weights") ? doubles(sc.get("weights")) : ones(ints(sc.get("kept")).length));
        int k = num(o, "k");
        List<Object> cents = (List<Object>) o.get("centroids");
        double[] c = new double[k * scaler.dims()];
        for (int j = 0; j < k; j++) {
            System.arraycopy(doubles(cents.get(j)), 0, c, j * scaler.dims(), scaler.dims());
        }
        Map<String, Object> prov = (Map<String, Object>) o.get("provenance");
        Map<String, Object> cfg = (Map<String, Object>) prov.get("config");
        PersonaConfig pc = new PersonaConfig(num(cfg, "kMin"), num(cfg, "kMax"), Long.parseLong((String) cfg.get("seed")),
                num(cfg, "threads"), num(cfg, "restarts"), dbl(cfg, "clip"), num(cfg, "miniBatchAbove"),
                num(cfg, "silhouetteSample"), cfg.containsKey("featurePrefixes") ? strings(cfg.get("featurePrefixes")) : List.of(),
                Boolean.TRUE.equals(cfg.get("balanceGroups")), algorithm(cfg.get("algorithm")),
                observedIf(cfg.get("observedIf")));
        Map<String, Double> metrics = new LinkedHashMap<>();
        ((Map<String, Object>) prov.get("metrics")).forEach((key, v) -> metrics.put(key, (Double) v));
        PersonaProvenance p = new PersonaProvenance(pc, (String) prov.get("dataWindow"), num(prov, "users"),
                (String) prov.get("codeVersion"), (String) prov.get("createdAt"),
                strings(prov.get("droppedFeatures")), metrics);
        List<PersonaDescription> ds = new ArrayList<>();
        for (Object po : (List<Object>) o.getOrDefault("personas", List.of())) {
            Map<String, Object> pm = (Map<String, Object>) po;
            List<PersonaDescription.FeatureEffect> eff = new ArrayList<>();
            for (Object eo : (List<Object>) pm.get("distinguishing")) {
                Map<String, Object> em = (Map<String, Object>) eo;
                eff.add(new PersonaDescription.FeatureEffect((String) em.get("feature"), dbl(em, "mean"),
                        dbl(em, "restMean"), dbl(em, "cohensD")));
            }
            ds.add(new PersonaDescription(num(pm, "index"), (String) pm.get("label"), num(pm, "size"),
                    dbl(pm, "share"), dbl(pm, "revenueShare"), eff, strings(pm.get("topCategories")),
                    strings(pm.get("topRules"))));
        }
        return new PersonaModel(features, scaler, k, c, dbl(o, "inertia"), p, ds);
    }

    private static PersonaConfig.Algorithm algorithm(Object v) {
        if (v == null) {
            return PersonaConfig.Algorithm.AUTO;
        }
        try {
            return PersonaConfig.Algorithm.valueOf((String) v);
        } catch (IllegalArgumentException | ClassCastException e) {
            throw new IllegalArgumentException("persona model: unknown algorithm '" + v + "'");
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> observedIf(Object v) {
        Map<String, String> out = new LinkedHashMap<>();
        if (v != null) {
            ((Map<String, Object>) v).forEach((key, ind) -> out.put(key, (String) ind));
        }
        return out;
    }

    private static int num(Map<String, Object> m, String key) {
        Object v = m.get(key);
        if (!(v instanceof Double dv)) {
            throw new IllegalArgumentException("persona model: '" + key + "' missing or not a number");
        }
        return (int) dv.doubleValue();
    }

    private static double dbl(Map<String, Object> m, String key) {
        Object v = m.get(key);
        if (!(v instanceof Double dv)) {
            throw new IllegalArgumentException("persona model: '" + key + "' missing or not a number");
        }
        return dv;
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object v) {
        return ((List<Object>) v).stream().map(String.class::cast).toList();
    }

    @SuppressWarnings("unchecked")
    private static double[] doubles(Object v) {
        return ((List<Object>) v).stream().mapToDouble(x -> (Double) x).toArray();
    }

    private static double[] ones(int n) {
        double[] w = new double[n];
        java.util.Arrays.fill(w, 1.0);
        return w;
    }

    @SuppressWarnings("unchecked")
    private static int[] ints(Object v) {
        return ((List<Object>) v).stream().mapToInt(x -> (int) ((Double) x).doubleValue()).toArray();
    }
}
