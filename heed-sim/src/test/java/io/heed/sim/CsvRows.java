package io.heed.sim;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Test helper: an independent RFC-4180 reader (quoted fields, doubled quotes; no line breaks inside fields). */
final class CsvRows {
    private CsvRows() {}

    /** Calls {@code row} for every data row (header skipped) and returns the header. */
    static List<String> forEach(Path file, Consumer<List<String>> row) {
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            List<String> header = parse(r.readLine());
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                row.accept(parse(line));
            }
            return header;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<List<String>> all(Path file) {
        List<List<String>> rows = new ArrayList<>();
        forEach(file, rows::add);
        return rows;
    }

    static List<String> header(Path file) {
        return forEach(file, r -> {});
    }

    static List<String> parse(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    f.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    f.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(f.toString());
                f.setLength(0);
            } else {
                f.append(c);
            }
        }
        out.add(f.toString());
        return out;
    }
}
