package io.heed.ctr.data;

import io.heed.ctr.features.CtrRequest;
import io.heed.ctr.features.FeatureSpec;
import io.heed.ctr.features.NumericField;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Criteo display-advertising CSV with a header ({@code [Id,]Label|label,I1..I13,C1..C26}; empty = missing). Rows
 * are in time order in the source, so time = row number.
 */
public final class CriteoReader {
    private CriteoReader() {}

    /** I1..I13 log-bucketed, C1..C26 categorical. */
    public static FeatureSpec spec(int bits) {
        List<NumericField> ints = new ArrayList<>();
        for (int i = 1; i <= 13; i++) {
            ints.add(new NumericField("I" + i, NumericField.Transform.LOG_BUCKET));
        }
        List<String> cats = new ArrayList<>();
        for (int i = 1; i <= 26; i++) {
            cats.add("C" + i);
        }
        return new FeatureSpec(bits, cats, ints, List.of());
    }

    public static void read(Path file, RowSink sink) throws IOException {
        int[] labelCol = {-1};
        int[] firstFeature = {-1};
        Lines.each(file, (n, line) -> {
            if (n == 1) {
                String[] h = line.split(",", -1);
                for (int c = 0; c < h.length; c++) {
                    if (h[c].equalsIgnoreCase("label")) {
                        labelCol[0] = c;
                    }
                    if (h[c].equals("I1")) {
                        firstFeature[0] = c;
                    }
                }
                if (labelCol[0] < 0 || firstFeature[0] < 0 || h.length - firstFeature[0] != 39) {
                    throw new MalformedDataException(file, n, "header must hold Label and I1..I13, C1..C26");
                }
                return;
            }
            if (line.isBlank()) {
                return;
            }
            String[] f = line.split(",", -1);
            if (f.length != firstFeature[0] + 39) {
                throw new MalformedDataException(
                        file, n, "expected " + (firstFeature[0] + 39) + " fields, found " + f.length);
            }
            float label = Lines.binaryLabel(file, n, f[labelCol[0]], "1", "0");
            CtrRequest.Builder b = CtrRequest.builder();
            for (int i = 0; i < 13; i++) {
                String v = f[firstFeature[0] + i];
                if (!v.isEmpty()) {
                    b.put("I" + (i + 1), Lines.number(file, n, "I" + (i + 1), v));
                }
            }
            for (int i = 0; i < 26; i++) {
                b.put("C" + (i + 1), f[firstFeature[0] + 13 + i]);
            }
            sink.accept(new LabelledRow(b.build(), label, n));
        });
    }
}
