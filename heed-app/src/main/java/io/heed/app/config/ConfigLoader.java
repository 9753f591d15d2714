package io.heed.app.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Reads heed.yaml into {@link HeedConfig}: the defaults as a tree, the file's keys laid over it (a key left out or
 * set to nothing keeps its default), then the environment's, then one strict conversion into the records, which
 * rejects unknown keys, wrong types and values out of range with a message naming the source and the key.
 */
public final class ConfigLoader {
    /** The environment variables read, and the key each sets. */
    public static final Map<String, String> ENVIRONMENT = envKeys();

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .addModule(new SimpleModule("heed-config").addSerializer(Path.class, new ToStringSerializer(Path.class)))
            .build();

    private ConfigLoader() {}

    private static Map<String, String> envKeys() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("HEED_STORE_URL", "store.url");
        m.put("HEED_DATA_DIR", "store.dataDir");
        m.put("HEED_HOST", "server.host");
        m.put("HEED_PORT", "server.port");
        m.put("HEED_TRACKING_SECRET", "ads.trackingSecret");
        return java.util.Collections.unmodifiableMap(m);
    }

    static HeedConfig load(Path file, Map<String, String> env) {
        ObjectNode tree = YAML.valueToTree(HeedConfig.defaults());
        Map<String, String> sources = new LinkedHashMap<>(); // key path -> where its value came from
        if (file != null) {
            merge(tree, readFile(file), "", file.toString(), sources);
        }
        for (Map.Entry<String, String> e : ENVIRONMENT.entrySet()) {
            String value = env.get(e.getKey());
            if (value != null && !value.isBlank()) {
                String[] key = e.getValue().split("\\.");
                ObjectNode one = YAML.createObjectNode();
                one.withObjectProperty(key[0]).set(key[1], TextNode.valueOf(value));
                merge(tree, one, "", "environment variable " + e.getKey(), sources);
            }
        }
        try {
            return YAML.treeToValue(tree, HeedConfig.class);
        } catch (JsonProcessingException e) {
            throw explain(e, tree, sources, file);
        }
    }

    private static JsonNode readFile(Path file) {
        if (!Files.exists(file)) {
            throw new ConfigException("config file " + file + " does not exist");
        }
        if (!Files.isRegularFile(file)) {
            throw new ConfigException("config file " + file + " is not a file");
        }
        JsonNode root;
        try {
            root = YAML.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            String where =
                    e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
            throw new ConfigException(file + " is not valid YAML" + where + ": " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new ConfigException("cannot read config file " + file + ": " + e.getMessage(), e);
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            throw new ConfigException(file + " is empty: it should hold at least one of the sections " + sections()
                    + " (docs/heed.yaml lists every key)");
        }
        if (!root.isObject()) {
            throw new ConfigException(
                    file + " must be a mapping of the sections " + sections() + ", not " + describe(root));
        }
        return root;
    }

    /** Lays {@code overlay} over {@code base}; nulls (a key with nothing after it) keep the base's value. */
    private static void merge(
            ObjectNode base, JsonNode overlay, String prefix, String source, Map<String, String> sources) {
        for (Map.Entry<String, JsonNode> f : overlay.properties()) {
            String key = prefix + f.getKey();
            JsonNode value = f.getValue();
            if (value.isNull()) {
                continue;
            }
            JsonNode current = base.get(f.getKey());
            if (current != null && current.isObject()) {
                if (!value.isObject()) {
                    throw new ConfigException(
                            source + ": " + key + " must be a mapping of keys, not " + describe(value));
                }
                merge((ObjectNode) current, value, key + ".", source, sources);
            } else {
                base.set(f.getKey(), value);
                sources.put(key, source);
            }
        }
    }

    private static ConfigException explain(
            JsonProcessingException e, ObjectNode tree, Map<String, String> sources, Path file) {
        List<String> path = new ArrayList<>();
        if (e instanceof JsonMappingException m) {
            for (JsonMappingException.Reference r : m.getPath()) {
                if (r.getFieldName() != null) {
                    path.add(r.getFieldName());
                }
            }
        }
        String key = String.join(".", path);
        if (e instanceof UnrecognizedPropertyException u) {
            String known = u.getKnownPropertyIds() == null
                    ? ""
                    : u.getKnownPropertyIds().stream()
                            .map(Object::toString)
                            .sorted()
                            .collect(Collectors.joining(", "));
            String section = key.contains(".") ? key.substring(0, key.lastIndexOf('.')) : "";
            String where = section.isEmpty() ? "the sections are " : section + " has ";
            return new ConfigException(
                    source(sources, key, file) + ": unknown key '" + key + "' (" + where + known + ")", e);
        }
        if (e instanceof ValueInstantiationException v) {
            Throwable cause = v.getCause() != null ? v.getCause() : v;
            return new ConfigException(sectionSources(sources, key, file) + ": " + key + ": " + cause.getMessage(), e);
        }
        JsonNode value = tree;
        for (String p : path) {
            value = value == null ? null : value.get(p);
        }
        String expected = e instanceof InvalidFormatException f
                ? f.getTargetType().getSimpleName()
                : e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException mi
                                && mi.getTargetType() != null
                        ? mi.getTargetType().getSimpleName()
                        : "another type";
        return new ConfigException(
                source(sources, key, file) + ": " + key + " must be " + article(expected) + ", not "
                        + (value == null ? "that" : describe(value)),
                e);
    }

    private static String article(String type) {
        return switch (type) {
            case "int", "long", "Integer", "Long" -> "a whole number";
            case "double", "Double" -> "a number";
            case "boolean", "Boolean" -> "true or false";
            case "String", "Path" -> "a string";
            default -> "a " + type;
        };
    }

    private static String describe(JsonNode n) {
        if (n.isObject()) {
            return "a mapping";
        }
        if (n.isArray()) {
            return "a list";
        }
        return n.isTextual() ? "'" + n.asText() + "'" : n.toString();
    }

    private static String source(Map<String, String> sources, String key, Path file) {
        String s = sources.get(key);
        return s != null ? s : file != null ? file.toString() : "the configuration";
    }

    /** Every source that set a key of {@code section} (a check across keys cannot say which one is wrong). */
    private static String sectionSources(Map<String, String> sources, String section, Path file) {
        TreeSet<String> found = new TreeSet<>();
        sources.forEach((k, v) -> {
            if (k.equals(section) || k.startsWith(section + ".")) {
                found.add(v);
            }
        });
        return found.isEmpty() ? (file != null ? file.toString() : "the configuration") : String.join(", ", found);
    }

    private static String sections() {
        return java.util.Arrays.stream(HeedConfig.class.getRecordComponents())
                .map(java.lang.reflect.RecordComponent::getName)
                .collect(Collectors.joining(", "));
    }
}
