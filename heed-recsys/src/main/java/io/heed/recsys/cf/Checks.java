package io.heed.recsys.cf;

import io.heed.recsys.Interactions;

/** Input checks shared by the trainers, with messages that say what to fix. */
final class Checks {
    private Checks() {}

    static void requireData(Interactions data) {
        if (data == null || data.nnz() == 0) {
            throw new IllegalArgumentException("cannot train on empty interactions: no (user, item) pairs were given");
        }
    }

    static void requireNonNegativeWeights(Interactions data, String algorithm) {
        for (float w : data.weightValues()) {
            if (w < 0) {
                throw new IllegalArgumentException(algorithm + " needs non-negative interaction weights (confidence "
                        + "1 + alpha·w must stay positive), got " + w);
            }
        }
    }

    static void range(String name, int v, int lo, int hi) {
        if (v < lo || v > hi) {
            throw new IllegalArgumentException(name + " must be in [" + lo + ", " + hi + "], got " + v);
        }
    }

    static void atLeast(String name, int v, int lo) {
        if (v < lo) {
            throw new IllegalArgumentException(name + " must be >= " + lo + ", got " + v);
        }
    }

    static void positive(String name, double v) {
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(name + " must be finite and > 0, got " + v);
        }
    }

    static void nonNegative(String name, double v) {
        if (!(v >= 0) || Double.isInfinite(v)) {
            throw new IllegalArgumentException(name + " must be finite and >= 0, got " + v);
        }
    }
}
