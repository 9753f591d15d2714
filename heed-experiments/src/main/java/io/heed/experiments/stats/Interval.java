package io.heed.experiments.stats;

/** A two-sided confidence interval. */
public record Interval(double lower, double upper) {
    public Interval {
        if (lower > upper) {
            throw new IllegalArgumentException("lower " + lower + " > upper " + upper);
        }
    }

    public boolean contains(double x) {
        return x >= lower && x <= upper;
    }

    public double width() {
        return upper - lower;
    }
}
