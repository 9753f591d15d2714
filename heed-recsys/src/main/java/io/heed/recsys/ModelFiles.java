package io.heed.recsys;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.heed.core.HeedVersion;
import io.heed.core.artifact.ArrayIo;
import io.heed.core.artifact.ModelProvenance;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Versioned model artifact files: magic, format version, provenance as JSON, the training interactions with
 * their id maps, then the algorithm's payload. A file of another format version is refused with a message
 * naming both versions. The contract names no algorithm: a caller passes the readers it can load (algorithm
 * name → payload reader); the algorithms' own list is {@link io.heed.recsys.cf.RecModelReaders}, one line each.
 */
public final class ModelFiles {
    /** Bumped whenever the byte layout changes; old versions then need a reader of their own here. */
    public static final int FORMAT_VERSION = 1;

    private static final byte[] MAGIC = "HEEDMODEL\n".getBytes(StandardCharsets.US_ASCII);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Reads one algorithm's payload, given the common parts already read. */
    @FunctionalInterface
    public interface PayloadReader {
        RecModel read(DataInputStream in, Interactions training, ModelProvenance provenance) throws IOException;
    }

    private ModelFiles() {}

    /** A provenance for a recommender trained now by this code version, stamped with this file format version. */
    public static ModelProvenance provenance(String algorithm, String data, long seed, Map<String, String> params) {
        return ModelProvenance.of(algorithm, FORMAT_VERSION, data, seed, params);
    }

    public static void save(RecModel model, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (OutputStream os = Files.newOutputStream(file);
                DataOutputStream out = new DataOutputStream(new BufferedOutputStream(os, 1 << 16))) {
            out.write(MAGIC);
            out.writeInt(FORMAT_VERSION);
            byte[] header = JSON.writeValueAsBytes(model.provenance());
            out.writeInt(header.length);
            out.write(header);
            Interactions t = model.training();
            writeStrings(out, t.users().ids());
            writeStrings(out, t.items().ids());
            ArrayIo.writeInts(out, t.rowStarts());
            ArrayIo.writeInts(out, t.itemIndices());
            ArrayIo.writeFloats(out, t.weightValues());
            long[] times = t.timeValues();
            out.writeBoolean(times != null);
            if (times != null) {
                for (long v : times) {
                    out.writeLong(v);
                }
            }
            model.writePayload(out);
        }
    }

    /** Writes a component of a composite model: its provenance and payload (the training data is the parent's). */
    public static void writeComponent(DataOutputStream out, RecModel model) throws IOException {
        byte[] header = JSON.writeValueAsBytes(model.provenance());
        out.writeInt(header.length);
        out.write(header);
        model.writePayload(out);
    }

    /** Reads what {@link #writeComponent} wrote, on the parent's training data, with one of {@code readers}. */
    public static RecModel readComponent(DataInputStream in, Interactions training, Map<String, PayloadReader> readers)
            throws IOException {
        ModelProvenance p = JSON.readValue(in.readNBytes(in.readInt()), ModelProvenance.class);
        return reader(readers, p, "a component").read(in, training, p);
    }

    private static PayloadReader reader(Map<String, PayloadReader> readers, ModelProvenance p, String where)
            throws IOException {
        PayloadReader reader = readers.get(p.algorithm());
        if (reader == null) {
            throw new IOException(
                    where + " holds unknown algorithm '" + p.algorithm() + "'; known: " + readers.keySet());
        }
        return reader;
    }

    /** Loads a model file whose algorithm is one of {@code readers} (algorithm name → payload reader). */
    public static RecModel load(Path file, Map<String, PayloadReader> readers) throws IOException {
        try (InputStream is = Files.newInputStream(file);
                DataInputStream in = new DataInputStream(new BufferedInputStream(is, 1 << 16))) {
            byte[] magic = in.readNBytes(MAGIC.length);
            if (!Arrays.equals(magic, MAGIC)) {
                throw new IOException(file + " is not a Heed model file (bad magic)");
            }
            int version = in.readInt();
            if (version != FORMAT_VERSION) {
                throw new IOException(file + " has model format version " + version + ", but this Heed ("
                        + HeedVersion.current() + ") reads format version " + FORMAT_VERSION
                        + " only; retrain the model or load it with the Heed version that wrote it");
            }
            byte[] header = in.readNBytes(in.readInt());
            ModelProvenance p = JSON.readValue(header, ModelProvenance.class);
            PayloadReader reader = reader(readers, p, file.toString());
            IdMap users = IdMap.of(readStrings(in));
            IdMap items = IdMap.of(readStrings(in));
            int[] start = ArrayIo.readInts(in);
            int[] idx = ArrayIo.readInts(in);
            float[] w = ArrayIo.readFloats(in);
            long[] times = null;
            if (in.readBoolean()) {
                times = new long[idx.length];
                for (int k = 0; k < times.length; k++) {
                    times[k] = in.readLong();
                }
            }
            return reader.read(in, new Interactions(users, items, start, idx, w, times), p);
        }
    }

    private static void writeStrings(DataOutputStream out, List<String> s) throws IOException {
        out.writeInt(s.size());
        for (String v : s) {
            out.writeUTF(v);
        }
    }

    private static List<String> readStrings(DataInputStream in) throws IOException {
        int n = in.readInt();
        List<String> s = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            s.add(in.readUTF());
        }
        return s;
    }
}
