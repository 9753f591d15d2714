package io.heed.bench.ctr;

import io.heed.ctr.data.LabelledRow;
import io.heed.ctr.data.Lines;
import io.heed.ctr.data.MalformedDataException;
import io.heed.ctr.data.RowSink;
import io.heed.ctr.features.CtrRequest;
import io.heed.ctr.features.FeatureSpec;
import io.heed.ctr.features.NumericField;
import java.io.IOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Open Bandit Dataset logs ({@code ,timestamp,item_id,position,click,propensity_score,user_feature_0..3,
 * user-item_affinity_*}) joined with {@code item_context.csv}. Fields: item, position, the four user features, the
 * item's three hashed features; numeric: the user's affinity to the shown item, the sum of the user's affinities to
 * all items and the number of items with a positive affinity (users with any history click 3-10 times as often as
 * the rest in these files, while the shown item's own affinity is positive in well under 1% of rows), and
 * item_feature_0.
 */
public final class ObdReader {
    private static final DateTimeFormatter TS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSSxxx");

    private ObdReader() {}

    public static FeatureSpec spec(int bits) {
        return new FeatureSpec(
                bits,
                List.of("campaign", "item", "position", "uf0", "uf1", "uf2", "uf3", "if1", "if2", "if3"),
                List.of(
                        new NumericField("affinity", NumericField.Transform.LOG_VALUE),
                        new NumericField("affinity_sum", NumericField.Transform.LOG_VALUE),
                        new NumericField("affinity_items", NumericField.Transform.LOG_VALUE),
                        new NumericField("if0", NumericField.Transform.LOG_VALUE)),
                List.of(List.of("item", "position"), List.of("item", "uf0"), List.of("item", "uf1")));
    }

    /** Reads {@code log} (e.g. random/men/men.csv) with its sibling item_context.csv; {@code campaign} is a field. */
    public static void read(Path log, String campaign, RowSink sink) throws IOException {
        Map<String, String[]> items = new HashMap<>();
        Path ctx = log.resolveSibling("item_context.csv");
        Lines.each(ctx, (n, line) -> {
            if (n > 1 && !line.isBlank()) {
                String[] f = line.split(",", -1);
                if (f.length != 6) {
                    throw new MalformedDataException(ctx, n, "expected 6 fields, found " + f.length);
                }
                items.put(f[1], f);
            }
        });
        int[] affinityStart = {-1};
        Lines.each(log, (n, line) -> {
            String[] f = line.split(",", -1);
            if (n == 1) {
                affinityStart[0] = List.of(f).indexOf("user-item_affinity_0");
                if (!"timestamp".equals(f[1]) || !"click".equals(f[4]) || affinityStart[0] < 0) {
                    throw new MalformedDataException(
                            log, n, "not an OBD header (timestamp, item_id, position, click, ...)");
                }
                return;
            }
            if (line.isBlank()) {
                return;
            }
            if (f.length < affinityStart[0]) {
                throw new MalformedDataException(
                        log, n, "expected at least " + affinityStart[0] + " fields, found " + f.length);
            }
            long time;
            try {
                time = OffsetDateTime.parse(f[1], TS).toInstant().toEpochMilli();
            } catch (DateTimeParseException e) {
                throw new MalformedDataException(log, n, "bad timestamp '" + f[1] + "'");
            }
            String item = f[2];
            int itemNo = (int) Lines.number(log, n, "item_id", item);
            int aff = affinityStart[0] + itemNo;
            if (aff >= f.length) {
                throw new MalformedDataException(log, n, "no affinity column for item " + item);
            }
            String[] ic = items.get(item);
            if (ic == null) {
                throw new MalformedDataException(log, n, "item " + item + " is not in " + ctx.getFileName());
            }
            double sum = 0;
            int positive = 0;
            for (int c = affinityStart[0]; c < f.length; c++) {
                double a = Lines.number(log, n, "user-item_affinity_" + (c - affinityStart[0]), f[c]);
                sum += a;
                positive += a > 0 ? 1 : 0;
            }
            CtrRequest r = CtrRequest.builder()
                    .put("campaign", campaign)
                    .put("item", item)
                    .put("position", f[3])
                    .put("uf0", f[6])
                    .put("uf1", f[7])
                    .put("uf2", f[8])
                    .put("uf3", f[9])
                    .put("if1", ic[3])
                    .put("if2", ic[4])
                    .put("if3", ic[5])
                    .put("affinity", Lines.number(log, n, "affinity", f[aff]))
                    .put("affinity_sum", sum)
                    .put("affinity_items", (double) positive)
                    .put("if0", Lines.number(ctx, 0, "item_feature_0", ic[2]))
                    .build();
            sink.accept(new LabelledRow(r, Lines.binaryLabel(log, n, f[4], "1", "0"), time));
        });
    }
}
