package io.heed.ctr;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.heed.core.HeedVersion;
import io.heed.core.artifact.ModelProvenance;
import io.heed.ctr.calibration.Calibrator;
import io.heed.ctr.features.FeatureSpec;
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
import java.util.Arrays;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Versioned CTR artifact files: magic, format version, provenance (JSON), feature spec (JSON), calibrator, then
 * the family's payload. Another format version is refused naming both versions. The families are found through
 * {@link CtrFamily} providers, one {@code META-INF/services} line per family in the module that holds it.
 */
public final class CtrModelFiles {
    /** Bumped whenever the byte layout changes; old versions then need a reader of their own here. */
    public static final int FORMAT_VERSION = 1;

    private static final byte[] MAGIC = "HEEDCTR\n".getBytes(StandardCharsets.US_ASCII);
    private static final ObjectMapper JSON = new ObjectMapper();

    private CtrModelFiles() {}

    /** The registry, read once on first use: algorithm name → family. */
    private static final class Families {
        static final Map<String, CtrFamily> READERS = discover();

        private static Map<String, CtrFamily> discover() {
            Map<String, CtrFamily> found = new TreeMap<>();
            for (CtrFamily f : ServiceLoader.load(CtrFamily.class, CtrFamily.class.getClassLoader())) {
                CtrFamily before = found.putIfAbsent(f.algorithm(), f);
                if (before != null && before.getClass() != f.getClass()) {
                    throw new IllegalStateException("two CTR families are named '" + f.algorithm() + "': "
                            + before.getClass().getName() + " and "
                            + f.getClass().getName());
                }
            }
            return Map.copyOf(found);
        }
    }

    /** The algorithm names this class path can load, sorted. */
    public static Set<String> algorithms() {
        return new TreeSet<>(Families.READERS.keySet());
    }

    public static void save(CtrModel model, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (OutputStream os = Files.newOutputStream(tmp);
                DataOutputStream out = new DataOutputStream(new BufferedOutputStream(os, 1 << 16))) {
            out.write(MAGIC);
            out.writeInt(FORMAT_VERSION);
            writeBlock(out, JSON.writeValueAsBytes(model.provenance()));
            writeBlock(out, JSON.writeValueAsBytes(model.spec()));
            Calibrator.save(model.calibrator(), out);
            model.predictor().writePayload(out);
        }
        // Readers (the server re-reading on change) never see a half-written file.
        Files.move(
                tmp,
                file,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    public static CtrModel load(Path file) throws IOException {
        try (InputStream is = Files.newInputStream(file);
                DataInputStream in = new DataInputStream(new BufferedInputStream(is, 1 << 16))) {
            if (!Arrays.equals(in.readNBytes(MAGIC.length), MAGIC)) {
                throw new IOException(file + " is not a Heed CTR model file (bad magic)");
            }
            int version = in.readInt();
            if (version != FORMAT_VERSION) {
                throw new IOException(file + " has CTR model format version " + version + ", but this Heed ("
                        + HeedVersion.current() + ") reads format version " + FORMAT_VERSION
                        + " only; retrain the model or load it with the Heed version that wrote it");
            }
            ModelProvenance p = JSON.readValue(readBlock(in), ModelProvenance.class);
            FeatureSpec spec = JSON.readValue(readBlock(in), FeatureSpec.class);
            Calibrator c = Calibrator.read(in);
            try {
                return new CtrModel(spec, readPayload(p.algorithm(), in), c, p);
            } catch (UnknownAlgorithm e) {
                throw new IOException(file + " " + e.getMessage(), e);
            }
        }
    }

    /** One family's payload, by its algorithm name (a blend reads its components through this too). */
    public static Predictor readPayload(String algorithm, DataInputStream in) throws IOException {
        CtrFamily reader = Families.READERS.get(algorithm);
        if (reader == null) {
            throw new UnknownAlgorithm("holds unknown CTR algorithm '" + algorithm + "'; known: " + algorithms()
                    + " (a family from another module, such as gbdt from heed-ctr-xgboost, loads when that module is"
                    + " on the class path)");
        }
        return reader.read(in);
    }

    /** An algorithm name without a registered reader. */
    private static final class UnknownAlgorithm extends IOException {
        UnknownAlgorithm(String message) {
            super(message);
        }
    }

    private static void writeBlock(DataOutputStream out, byte[] b) throws IOException {
        out.writeInt(b.length);
        out.write(b);
    }

    private static byte[] readBlock(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > (1 << 24)) {
            throw new IOException("corrupt CTR model file: header block of " + n + " bytes");
        }
        return in.readNBytes(n);
    }
}
