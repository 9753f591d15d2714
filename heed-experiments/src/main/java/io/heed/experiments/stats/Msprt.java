package io.heed.experiments.stats;

/**
 * Mixture sequential probability ratio test with a normal mixture (Johari, Pekelis, Walsh, "Always valid inference",
 * 2017/2022) for a difference in means or proportions. With the estimated difference {@code d}, its variance
 * {@code V} and mixture variance {@code tau2} on the effect scale:
 * <pre>  Lambda = sqrt(V / (V + tau2)) * exp(tau2 (d - theta0)^2 / (2 V (V + tau2)))</pre>
 * and the always-valid p-value is the running minimum of {@code min(1, 1/Lambda)} over peeks. Rejecting when it
 * falls below alpha keeps the type I error at most alpha however often one peeks. With equal arms of n and per-unit
 * variance sigma^2, {@code V = 2 sigma^2 / n} gives the paper's formula.
 *
 * @param tau2   mixture variance (squared scale of the effects expected), > 0
 * @param theta0 null difference (usually 0)
 */
public record Msprt(double tau2, double theta0) {
    public Msprt {
        if (!(tau2 > 0) || Double.isInfinite(tau2)) {
            throw new StatsException(StatsFailure.INVALID_INPUT, "tau2", "must be finite and > 0, was " + tau2);
        }
        Check.finite("theta0", theta0);
    }

    /** The mixture likelihood ratio for difference {@code d} with variance {@code v}. */
    public double likelihoodRatio(double d, double v) {
        Check.finite("difference", d);
        if (!(v > 0) || Double.isInfinite(v)) {
            throw new StatsException(
                    StatsFailure.ZERO_VARIANCE, "variance", "variance of the difference must be > 0, was " + v);
        }
        double e = d - theta0;
        return Math.sqrt(v / (v + tau2)) * Math.exp(tau2 * e * e / (2 * v * (v + tau2)));
    }

    /** A monitor that keeps the always-valid p-value across peeks. Not thread-safe. */
    public Monitor monitor() {
        return new Monitor(this);
    }

    /** One peek: the likelihood ratio now (1 when uninformative) and the running always-valid p-value. */
    public record Peek(double likelihoodRatio, double pValue, boolean informative) {
        public boolean rejects(double alpha) {
            return pValue <= alpha;
        }
    }

    public static final class Monitor {
        private final Msprt test;
        private double p = 1;

        private Monitor(Msprt test) {
            this.test = test;
        }

        /** Peek at means: variance of the difference is {@code s1^2/n1 + s2^2/n2}. */
        public Peek peek(Summary control, Summary treatment) {
            if (control.n() < 2 || treatment.n() < 2) {
                return new Peek(1, p, false);
            }
            double v = control.variance() / control.n() + treatment.variance() / treatment.n();
            return peek(treatment.mean() - control.mean(), v);
        }

        /** Peek at conversion counts: variance of the difference from the pooled rate (under the null). */
        public Peek peek(long controlConversions, long controlN, long treatmentConversions, long treatmentN) {
            if (controlN == 0 || treatmentN == 0) {
                return new Peek(1, p, false);
            }
            double pooled = (double) (controlConversions + treatmentConversions) / (controlN + treatmentN);
            double v = pooled * (1 - pooled) * (1.0 / controlN + 1.0 / treatmentN);
            double d = (double) treatmentConversions / treatmentN - (double) controlConversions / controlN;
            return peek(d, v);
        }

        /**
         * Peek with a difference and its variance. A zero variance (e.g. no conversions yet) carries no evidence:
         * the peek is marked uninformative and the p-value is unchanged.
         */
        public Peek peek(double difference, double variance) {
            if (variance == 0) {
                return new Peek(1, p, false);
            }
            double lr = test.likelihoodRatio(difference, variance);
            p = Math.min(p, Math.min(1, 1 / lr));
            return new Peek(lr, p, true);
        }

        public double pValue() {
            return p;
        }
    }
}
