package io.heed.experiments.stats;

/**
 * CUPED (Deng et al. 2013): {@code Y' = Y - theta (X - mean(X))} with {@code theta = cov(Y, X) / var(X)} estimated
 * on both variants pooled (so the adjustment does not depend on the assignment), then Welch's test on {@code Y'}.
 */
public final class Cuped {
    private Cuped() {}

    /**
     * @param theta              the pooled regression coefficient
     * @param adjustedControl    mean of Y' in control
     * @param adjustedTreatment  mean of Y' in treatment
     * @param varianceReduction  {@code 1 - var(Y') / var(Y)}, pooled over both variants
     * @param test               Welch's test on the adjusted values
     */
    public record Outcome(
            double theta,
            double adjustedControl,
            double adjustedTreatment,
            double varianceReduction,
            WelchTTest.Outcome test) {}

    public static Outcome test(
            double[] controlY, double[] controlX, double[] treatmentY, double[] treatmentX, double confidence) {
        if (controlY.length != controlX.length) {
            throw new StatsException(StatsFailure.INVALID_INPUT, "control", "Y and X lengths differ");
        }
        if (treatmentY.length != treatmentX.length) {
            throw new StatsException(StatsFailure.INVALID_INPUT, "treatment", "Y and X lengths differ");
        }
        if (controlY.length == 0 && treatmentY.length == 0) {
            throw new StatsException(StatsFailure.ZERO_TRAFFIC, "units", "both variants have zero units");
        }
        Check.atLeastTwo("control", controlY.length);
        Check.atLeastTwo("treatment", treatmentY.length);
        int n = controlY.length + treatmentY.length;
        double[] y = new double[n];
        double[] x = new double[n];
        System.arraycopy(controlY, 0, y, 0, controlY.length);
        System.arraycopy(treatmentY, 0, y, controlY.length, treatmentY.length);
        System.arraycopy(controlX, 0, x, 0, controlX.length);
        System.arraycopy(treatmentX, 0, x, controlX.length, treatmentX.length);
        Summary sy = Summary.of(y);
        Summary sx = Summary.of(x);
        if (sx.variance() == 0) {
            throw new StatsException(StatsFailure.ZERO_VARIANCE, "covariate", "the pre-period covariate is constant");
        }
        double cov = 0;
        for (int i = 0; i < n; i++) {
            cov += (y[i] - sy.mean()) * (x[i] - sx.mean());
        }
        cov /= n - 1;
        double theta = cov / sx.variance();
        double[] ac = adjust(controlY, controlX, theta, sx.mean());
        double[] at = adjust(treatmentY, treatmentX, theta, sx.mean());
        double[] all = adjust(y, x, theta, sx.mean());
        double reduction = sy.variance() == 0 ? 0 : 1 - Summary.of(all).variance() / sy.variance();
        WelchTTest.Outcome welch = WelchTTest.test(ac, at, confidence);
        return new Outcome(theta, Summary.of(ac).mean(), Summary.of(at).mean(), reduction, welch);
    }

    private static double[] adjust(double[] y, double[] x, double theta, double meanX) {
        double[] out = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            out[i] = y[i] - theta * (x[i] - meanX);
        }
        return out;
    }
}
