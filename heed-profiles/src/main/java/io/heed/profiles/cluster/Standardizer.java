package io.heed.profiles.cluster;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Robust z-scores: a first pass takes each feature's mean and standard deviation, a second pass recomputes them
 * on values winsorised at {@code clip} standard deviations, and {@link #transform} clips z-scores to
 * {@code [-clip, clip]}, so a few extreme users cannot dominate a distance. Constant features (standard deviation
 * below 1e-12) carry no information and are dropped; {@link #dropped()} names them.
 *
 * @param kept    input columns kept, ascending
 * @param means   robust mean per kept column
 * @param scales  robust standard deviation per kept column (&gt; 0)
 * @param clip    z-score limit (&gt; 0)
 * @param dropped names of the constant features left out
 * @param weights multiplier per kept column applied after clipping (1 = plain z-score); {@link #balanceGroups}
 *                gives every feature group the same total weight
 */
public record Standardizer(
        int[] kept, double[] means, double[] scales, double clip, List<String> dropped, double[] weights) {
    public Standardizer {
        if (kept.length != means.length || kept.length != scales.length || kept.length != weights.length) {
            throw new IllegalArgumentException("kept, means, scales and weights must have the same length");
        }
        weights = weights.clone();
        if (!(clip > 0)) {
            throw new IllegalArgumentException("clip must be > 0, was " + clip);
        }
        kept = kept.clone();
        means = means.clone();
        scales = scales.clone();
        dropped = List.copyOf(dropped);
    }

    /** Fits on {@code n} rows of {@code d} columns; {@code names} names the columns (for {@link #dropped()}). */
    public static Standardizer fit(double[] x, int n, int d, List<String> names, double clip) {
        return fit(x, n, d, names, clip, name -> true);
    }

    /** As {@link #fit(double[], int, int, List, double)}, using only the columns whose name {@code use} accepts. */
    public static Standardizer fit(
            double[] x, int n, int d, List<String> names, double clip, java.util.function.Predicate<String> use) {
        if (n == 0) {
            throw new IllegalArgumentException("cannot standardise an empty matrix (no users)");
        }
        if (names.size() != d) {
            throw new IllegalArgumentException("expected " + d + " feature names, got " + names.size());
        }
        List<Integer> keep = new ArrayList<>();
        List<String> drop = new ArrayList<>();
        double[] m = new double[d];
        double[] s = new double[d];
        for (int j = 0; j < d; j++) {
            if (!use.test(names.get(j))) {
                continue;
            }
            double[] ms = meanSd(x, n, d, j, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
            if (ms[1] > 1e-12) {
                ms = meanSd(x, n, d, j, ms[0] - clip * ms[1], ms[0] + clip * ms[1]);
            }
            if (ms[1] <= 1e-12) {
                drop.add(names.get(j));
            } else {
                m[keep.size()] = ms[0];
                s[keep.size()] = ms[1];
                keep.add(j);
            }
        }
        if (keep.isEmpty()) {
            throw new IllegalArgumentException("every selected feature is constant over the " + n + " users: " + drop);
        }
        int[] kept = keep.stream().mapToInt(Integer::intValue).toArray();
        double[] w = new double[kept.length];
        Arrays.fill(w, 1.0);
        return new Standardizer(kept, Arrays.copyOf(m, kept.length), Arrays.copyOf(s, kept.length), clip, drop, w);
    }

    private static double[] meanSd(double[] x, int n, int d, int j, double lo, double hi) {
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += Math.min(hi, Math.max(lo, x[i * d + j]));
        }
        double mean = sum / n;
        double ss = 0;
        for (int i = 0; i < n; i++) {
            double v = Math.min(hi, Math.max(lo, x[i * d + j])) - mean;
            ss += v * v;
        }
        return new double[] {mean, Math.sqrt(ss / n)};
    }

    /** Output dimension. */
    public int dims() {
        return kept.length;
    }

    /** One raw row (all input columns) to its clipped z-scores (kept columns) in {@code out}. */
    public void transform(double[] row, int offset, double[] out, int outOffset) {
        for (int j = 0; j < kept.length; j++) {
            double z = (row[offset + kept[j]] - means[j]) / scales[j];
            out[outOffset + j] = Math.max(-clip, Math.min(clip, z)) * weights[j];
        }
    }

    /** All {@code n} rows of {@code d} raw columns. */
    public double[] transformAll(double[] x, int n, int d) {
        double[] out = new double[n * kept.length];
        for (int i = 0; i < n; i++) {
            transform(x, i * d, out, i * kept.length);
        }
        return out;
    }

    /**
     * The same scaler with weights 1/sqrt(size of the feature's group), the group being the name up to its first
     * '_' ({@code cat_news} and {@code cat_sports} form group {@code cat}): a group of 12 category shares then
     * weighs as much in a distance as one recency feature, instead of twelve times as much.
     */
    public Standardizer balanceGroups(List<String> names) {
        java.util.Map<String, Integer> size = new java.util.HashMap<>();
        for (int j : kept) {
            size.merge(group(names.get(j)), 1, Integer::sum);
        }
        double[] w = new double[kept.length];
        for (int j = 0; j < kept.length; j++) {
            w[j] = 1.0 / Math.sqrt(size.get(group(names.get(kept[j]))));
        }
        return new Standardizer(kept, means, scales, clip, dropped, w);
    }

    static String group(String name) {
        int u = name.indexOf('_');
        return u < 0 ? name : name.substring(0, u);
    }

    @Override
    public double[] weights() {
        return weights.clone();
    }

    @Override
    public int[] kept() {
        return kept.clone();
    }

    @Override
    public double[] means() {
        return means.clone();
    }

    @Override
    public double[] scales() {
        return scales.clone();
    }
}
