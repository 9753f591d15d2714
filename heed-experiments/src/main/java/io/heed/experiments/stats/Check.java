package io.heed.experiments.stats;

/** Input guards shared by the tests; each failure names its cause. */
final class Check {
    private Check() {}

    static void level(double confidence) {
        if (!(confidence > 0 && confidence < 1)) {
            throw new StatsException(StatsFailure.INVALID_INPUT, "confidence", "must be in (0,1), was " + confidence);
        }
    }

    static void finite(String field, double... xs) {
        for (double x : xs) {
            if (!Double.isFinite(x)) {
                throw new StatsException(StatsFailure.INVALID_INPUT, field, "must be finite, was " + x);
            }
        }
    }

    static void atLeastTwo(String field, int n) {
        if (n == 0) {
            throw new StatsException(StatsFailure.EMPTY_VARIANT, field, "no units");
        }
        if (n < 2) {
            throw new StatsException(StatsFailure.TOO_FEW_UNITS, field, "n = " + n + " < 2: no variance estimate");
        }
    }
}
