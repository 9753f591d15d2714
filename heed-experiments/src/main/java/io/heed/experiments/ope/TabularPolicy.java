package io.heed.experiments.ope;

/** A target policy given as a table {@code probabilities[context][action]}; each row sums to 1. */
public final class TabularPolicy implements TargetPolicy {
    private final double[][] p;

    public TabularPolicy(double[][] probabilities) {
        if (probabilities.length == 0) {
            throw new IllegalArgumentException("no contexts");
        }
        int k = probabilities[0].length;
        p = new double[probabilities.length][];
        for (int c = 0; c < probabilities.length; c++) {
            if (probabilities[c].length != k) {
                throw new IllegalArgumentException(
                        "context " + c + " has " + probabilities[c].length + " actions, expected " + k);
            }
            double s = 0;
            for (double x : probabilities[c]) {
                if (!(x >= 0)) {
                    throw new IllegalArgumentException("negative or NaN probability in context " + c);
                }
                s += x;
            }
            if (Math.abs(s - 1) > 1e-9) {
                throw new IllegalArgumentException("context " + c + " probabilities sum to " + s);
            }
            p[c] = probabilities[c].clone();
        }
    }

    @Override
    public int actions() {
        return p[0].length;
    }

    @Override
    public double probability(int context, int action) {
        if (context >= p.length) {
            throw new IllegalArgumentException("unknown context " + context);
        }
        return p[context][action];
    }
}
