package io.heed.bench.ctr;

import io.heed.ctr.CtrExamples;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a split as libSVM files for the peers: the same hashed one-hot features Heed trains on, with the slots
 * renumbered densely (1..D, in order of first use in the training file) so the peers see a compact matrix.
 * Slots that occur only in the test file are left out: no trained model has a weight for them (Heed's weight for
 * an unseen slot is zero too), and xgboost refuses test columns beyond its training width.
 */
final class PeerFiles {
    private final Map<Integer, Integer> columns = new HashMap<>();

    record Written(Path train, Path test, int columns) {}

    static Written write(CtrExamples train, CtrExamples test, Path dir) throws IOException {
        Files.createDirectories(dir);
        PeerFiles f = new PeerFiles();
        Path tr = dir.resolve("train.libsvm");
        Path te = dir.resolve("test.libsvm");
        f.write(train, tr, true);
        f.write(test, te, false);
        return new Written(tr, te, f.columns.size());
    }

    private void write(CtrExamples data, Path file, boolean addColumns) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            StringBuilder sb = new StringBuilder();
            for (int r = 0; r < data.size(); r++) {
                TreeMap<Integer, Float> row = new TreeMap<>();
                for (int p = data.start(r); p < data.end(r); p++) {
                    Integer col = addColumns
                            ? columns.computeIfAbsent(data.indices()[p], k -> columns.size() + 1)
                            : columns.get(data.indices()[p]);
                    if (col != null) {
                        row.merge(col, data.values()[p], Float::sum);
                    }
                }
                sb.setLength(0);
                sb.append(data.label(r) > 0.5f ? '1' : '0');
                row.forEach((c, v) -> sb.append(' ').append(c).append(':').append(v));
                w.write(sb.append('\n').toString());
            }
        }
    }
}
