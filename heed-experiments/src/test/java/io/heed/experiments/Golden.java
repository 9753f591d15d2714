package io.heed.experiments;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Reads the golden fixtures written by src/test/resources/golden/make_golden.py. */
public final class Golden {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Golden() {}

    public static List<JsonNode> cases(String file) {
        try (InputStream in = Golden.class.getResourceAsStream("/golden/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing fixture /golden/" + file + "; run make_golden.py");
            }
            List<JsonNode> out = new ArrayList<>();
            MAPPER.readTree(in).get("cases").forEach(out::add);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static double[] doubles(JsonNode array) {
        double[] d = new double[array.size()];
        for (int i = 0; i < d.length; i++) {
            d[i] = array.get(i).asDouble();
        }
        return d;
    }

    public static long[] longs(JsonNode array) {
        long[] d = new long[array.size()];
        for (int i = 0; i < d.length; i++) {
            d[i] = array.get(i).asLong();
        }
        return d;
    }
}
