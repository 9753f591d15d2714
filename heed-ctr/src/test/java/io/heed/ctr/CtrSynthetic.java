package io.heed.ctr;

import io.heed.ctr.features.CtrRequest;
import io.heed.ctr.features.FeatureSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A small planted click model for tests: users with a taste for two of six categories, ads with a quality, a
 * position effect; p = σ(−2 + 1.5·[category liked] + quality − 0.3·position). Seeded.
 */
public final class CtrSynthetic {
    public record Row(CtrRequest request, float label, double p, long time) {}

    public static final FeatureSpec SPEC = new FeatureSpec(
            14, List.of("user", "ad", "category", "position"), List.of(), List.of(List.of("user", "category")));

    private CtrSynthetic() {}

    public static List<Row> rows(int n, long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        int users = 50;
        int ads = 30;
        double[] quality = new double[ads];
        for (int a = 0; a < ads; a++) {
            quality[a] = rnd.nextGaussian() * 0.5;
        }
        List<Row> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int u = rnd.nextInt(users);
            int a = rnd.nextInt(ads);
            int cat = a % 6;
            int pos = rnd.nextInt(5);
            boolean liked = cat == u % 6 || cat == (u / 6) % 6;
            double m = -2 + (liked ? 1.5 : 0) + quality[a] - 0.3 * pos;
            double p = 1 / (1 + Math.exp(-m));
            CtrRequest r = CtrRequest.builder()
                    .put("user", "u" + u)
                    .put("ad", "a" + a)
                    .put("category", "c" + cat)
                    .put("position", Integer.toString(pos))
                    .build();
            out.add(new Row(r, rnd.nextDouble() < p ? 1f : 0f, p, i));
        }
        return out;
    }

    public static CtrExamples encode(List<Row> rows, FeatureSpec spec) {
        var pipeline = new io.heed.ctr.features.FeaturePipeline(spec);
        CtrExamples.Builder b = new CtrExamples.Builder();
        for (Row r : rows) {
            b.add(pipeline.encode(r.request()), r.label(), r.time());
        }
        return b.build();
    }
}
