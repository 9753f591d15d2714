package io.heed.ctr.lr;

/**
 * Truncated Newton (Newton-CG) with an Armijo backtracking line search, the method of scikit-learn's
 * {@code newton-cg} and, with a trust region instead of the line search, of LIBLINEAR: each step solves
 * H·d = −g approximately by conjugate gradients on Hessian-vector products, to a relative accuracy that tightens
 * as the gradient shrinks (so late steps are near-exact Newton steps and converge quadratically).
 */
final class NewtonCg {
    private static final int MAX_CG = 250;
    private static final int MAX_HALVINGS = 40;
    private static final double ARMIJO = 1e-4;
    private static final double ROUNDING = 1e-12;

    private NewtonCg() {}

    /** What a run did, for provenance and tests. */
    record Outcome(double[] w, int iterations, double gradientNorm, double initialGradientNorm) {}

    static Outcome minimise(LogisticObjective f, int maxIterations, double tolerance) {
        double[] w = new double[f.dim()];
        double[] curvature = new double[f.rows()];
        double[] g = f.gradient(w, curvature);
        double g0 = norm(g);
        double gn = g0;
        int it = 0;
        while (it < maxIterations && gn > tolerance * g0) {
            double[] d = conjugateGradient(f, curvature, g, Math.min(0.5, Math.sqrt(gn / g0)) * gn);
            double slope = dot(g, d);
            if (!(slope < 0)) {
                break; // no descent direction left at this precision
            }
            double f0 = f.value(w);
            double step = 1;
            double[] next = null;
            if (-slope <= ROUNDING * Math.max(1, Math.abs(f0))) {
                // The decrease a Newton step promises is below the objective's rounding: an Armijo test would
                // compare rounding noise, and near the optimum the full step is the right one.
                next = axpy(w, 1, d);
            }
            for (int h = 0; next == null && h < MAX_HALVINGS; h++, step *= 0.5) {
                double[] cand = axpy(w, step, d);
                if (f.value(cand) <= f0 + ARMIJO * step * slope) {
                    next = cand;
                    break;
                }
            }
            if (next == null) {
                break; // the objective no longer decreases in floating point: converged
            }
            w = next;
            g = f.gradient(w, curvature);
            gn = norm(g);
            it++;
        }
        return new Outcome(w, it, gn, g0);
    }

    /** Approximately solves H·d = −g, stopping when the residual norm is at most {@code accuracy}. */
    private static double[] conjugateGradient(LogisticObjective f, double[] curvature, double[] g, double accuracy) {
        int n = g.length;
        double[] d = new double[n];
        double[] r = new double[n];
        for (int j = 0; j < n; j++) {
            r[j] = -g[j];
        }
        double[] p = r.clone();
        double rr = dot(r, r);
        for (int k = 0; k < MAX_CG && Math.sqrt(rr) > accuracy; k++) {
            double[] hp = f.hessianTimes(curvature, p);
            double php = dot(p, hp);
            if (!(php > 0)) {
                break;
            }
            double a = rr / php;
            for (int j = 0; j < n; j++) {
                d[j] += a * p[j];
                r[j] -= a * hp[j];
            }
            double rrNew = dot(r, r);
            double b = rrNew / rr;
            rr = rrNew;
            for (int j = 0; j < n; j++) {
                p[j] = r[j] + b * p[j];
            }
        }
        return d;
    }

    private static double[] axpy(double[] w, double a, double[] d) {
        double[] out = new double[w.length];
        for (int j = 0; j < w.length; j++) {
            out[j] = w[j] + a * d[j];
        }
        return out;
    }

    static double dot(double[] a, double[] b) {
        double s = 0;
        for (int j = 0; j < a.length; j++) {
            s += a[j] * b[j];
        }
        return s;
    }

    static double norm(double[] a) {
        return Math.sqrt(dot(a, a));
    }
}
