package io.heed.recsys.eval;

import java.util.Locale;

/** Mean and sample standard deviation (n − 1; 0 for one value) of a figure over seeds. */
public record MeanStd(double mean, double std, int n) {
    public static MeanStd of(double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no values");
        }
        double mean = 0;
        for (double v : values) {
            mean += v;
        }
        mean /= values.length;
        double ss = 0;
        for (double v : values) {
            ss += (v - mean) * (v - mean);
        }
        return new MeanStd(mean, values.length < 2 ? 0 : Math.sqrt(ss / (values.length - 1)), values.length);
    }

    /** e.g. {@code 0.3593±0.0021}. */
    public String format(int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f±%." + decimals + "f", mean, std);
    }
}
