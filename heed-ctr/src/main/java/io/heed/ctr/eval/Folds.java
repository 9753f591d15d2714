package io.heed.ctr.eval;

import io.heed.core.Permutations;
import io.heed.ctr.CtrExamples;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Repeated stratified k-fold splits, for data with so few positives that one train/test split is a coin toss:
 * positives and negatives are each shuffled (seeded) and dealt round robin to the folds, so every fold holds
 * ⌊n₊/k⌋ or ⌈n₊/k⌉ positives. Each fold is the test part once; rows keep their original (time) order in both
 * parts. The same seed gives the same folds, so every model and every peer is graded on the same rows.
 */
public final class Folds {
    private Folds() {}

    /** The fold (0..k−1) of each row, stratified by label. */
    public static int[] stratified(float[] labels, int k, long seed) {
        if (k < 2) {
            throw new IllegalArgumentException("k must be at least 2, was " + k);
        }
        int[] pos =
                IntStream.range(0, labels.length).filter(i -> labels[i] > 0.5f).toArray();
        int[] neg =
                IntStream.range(0, labels.length).filter(i -> labels[i] <= 0.5f).toArray();
        if (pos.length < k || neg.length < k) {
            throw new IllegalArgumentException("stratified " + k + "-fold needs at least " + k
                    + " rows of each class, found " + pos.length + " positive and " + neg.length + " negative");
        }
        SplittableRandom rnd = new SplittableRandom(seed);
        int[] fold = new int[labels.length];
        deal(pos, fold, k, rnd);
        deal(neg, fold, k, rnd);
        return fold;
    }

    /** Fold {@code f} as the test part, every other fold as the training part. */
    public static Splits.Split split(CtrExamples data, int[] folds, int f) {
        if (folds.length != data.size()) {
            throw new IllegalArgumentException("fold assignment has " + folds.length + " rows, data " + data.size());
        }
        int[] test = IntStream.range(0, folds.length).filter(i -> folds[i] == f).toArray();
        int[] train =
                IntStream.range(0, folds.length).filter(i -> folds[i] != f).toArray();
        return new Splits.Split(data.subset(train), data.subset(test));
    }

    /** {@code repeats} × {@code k} splits; repeat r uses seed {@code seed + r}. */
    public static List<Splits.Split> repeated(CtrExamples data, int k, int repeats, long seed) {
        List<Splits.Split> out = new ArrayList<>();
        for (int r = 0; r < repeats; r++) {
            int[] folds = stratified(data.labels(), k, seed + r);
            for (int f = 0; f < k; f++) {
                out.add(split(data, folds, f));
            }
        }
        return out;
    }

    private static void deal(int[] rows, int[] fold, int k, SplittableRandom rnd) {
        Permutations.shuffle(rows, rnd);
        for (int i = 0; i < rows.length; i++) {
            fold[rows[i]] = i % k;
        }
    }
}
