package io.heed.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The flat figures of one run, in insertion order, written as {@code bench-results/NAME.json}. */
public final class BenchResult {
    private final Map<String, Object> figures = new LinkedHashMap<>();

    public BenchResult put(String key, Object value) {
        if (value instanceof Double d && (d.isNaN() || d.isInfinite())) {
            throw new IllegalArgumentException("figure " + key + " is not finite: " + d);
        }
        figures.put(key, value);
        return this;
    }

    public Map<String, Object> figures() {
        return Map.copyOf(figures);
    }

    public Object get(String key) {
        return figures.get(key);
    }

    /** An aligned two-column table of the figures. */
    public String table() {
        StringBuilder sb = new StringBuilder();
        int w = figures.keySet().stream().mapToInt(String::length).max().orElse(10);
        figures.forEach((k, v) -> sb.append(
                String.format("%-" + w + "s  %s%n", k, v instanceof Double d ? String.format("%,.3f", d) : v)));
        return sb.toString();
    }

    public void write(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), figures);
    }
}
