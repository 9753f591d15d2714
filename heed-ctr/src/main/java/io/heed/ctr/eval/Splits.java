package io.heed.ctr.eval;

import io.heed.core.Permutations;
import io.heed.ctr.CtrExamples;
import java.util.Arrays;
import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Train/test splits. {@link #byTime} is the default for click logs: train on the past, test on the future (rows
 * sorted by time, stable for ties). {@link #random} is for data without a clock (Frappe), seeded.
 */
public final class Splits {
    private Splits() {}

    /** A pair of example sets. */
    public record Split(CtrExamples train, CtrExamples test) {}

    public static Split byTime(CtrExamples data, double testShare) {
        checkShare(testShare);
        int[] order = IntStream.range(0, data.size())
                .boxed()
                .sorted(Comparator.comparingLong(data::time))
                .mapToInt(Integer::intValue)
                .toArray();
        int cut = (int) Math.round(data.size() * (1 - testShare));
        return new Split(
                data.subset(Arrays.copyOfRange(order, 0, cut)),
                data.subset(Arrays.copyOfRange(order, cut, order.length)));
    }

    public static Split random(CtrExamples data, double testShare, long seed) {
        checkShare(testShare);
        int[] order = IntStream.range(0, data.size()).toArray();
        Permutations.shuffle(order, new SplittableRandom(seed));
        int cut = (int) Math.round(data.size() * (1 - testShare));
        int[] train = Arrays.copyOfRange(order, 0, cut);
        Arrays.sort(train);
        int[] test = Arrays.copyOfRange(order, cut, order.length);
        Arrays.sort(test);
        return new Split(data.subset(train), data.subset(test));
    }

    private static void checkShare(double s) {
        if (!(s > 0 && s < 1)) {
            throw new IllegalArgumentException("test share must be in (0, 1), was " + s);
        }
    }
}
