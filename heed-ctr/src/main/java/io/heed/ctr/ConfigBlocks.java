package io.heed.ctr;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;

/**
 * A family's config record and hashing bits at the head of its payload (JSON, so adding a config field with a
 * default does not break older files), and the same pair as provenance parameters.
 */
public final class ConfigBlocks {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ConfigBlocks() {}

    public static void write(DataOutputStream out, Record config, int bits) throws IOException {
        byte[] b = JSON.writeValueAsBytes(config);
        out.writeInt(b.length);
        out.write(b);
        out.writeInt(bits);
    }

    public static <T extends Record> T read(DataInputStream in, Class<T> type) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > 1 << 20) {
            throw new IOException("corrupt payload: config block of " + n + " bytes");
        }
        return JSON.readValue(in.readNBytes(n), type);
    }

    /** The bits that follow the config block; checked against {@code FeatureSpec}'s range. */
    public static int readBits(DataInputStream in) throws IOException {
        int bits = in.readInt();
        if (bits < 1 || bits > 30) {
            throw new IOException("corrupt payload: " + bits + " hashing bits");
        }
        return bits;
    }

    public static Map<String, String> params(Record config, int bits) {
        Map<String, String> p = new TreeMap<>();
        JSON.convertValue(config, new com.fasterxml.jackson.core.type.TypeReference<Map<String, Object>>() {})
                .forEach((k, v) -> p.put(String.valueOf(k), String.valueOf(v)));
        p.put("bits", Integer.toString(bits));
        return p;
    }
}
