package io.heed.models.cf;

import io.heed.models.Interactions;

/** Input checks shared by the trainers, with messages that say what to fix. */
final class Checks {
    private Checks() {
    }

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
}
