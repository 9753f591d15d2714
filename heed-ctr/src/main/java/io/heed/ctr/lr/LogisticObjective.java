package io.heed.ctr.lr;

import io.heed.ctr.calibration.Probabilities;

/**
 * The L2-regularised logistic loss over rows in compact CSR form (columns 0..dim−1): its value, gradient and
 * Hessian-vector products, which is all {@link NewtonCg} needs (the Hessian XᵀDX + λI is never formed).
 */
final class LogisticObjective {
    private final int[] starts;
    private final int[] cols;
    private final float[] vals;
    private final float[] labels;
    private final int dim;
    private final double l2;
    /** The column left unpenalised (the bias), or −1. */
    private final int free;

    LogisticObjective(int[] starts, int[] cols, float[] vals, float[] labels, int dim, double l2, int free) {
        this.starts = starts;
        this.cols = cols;
        this.vals = vals;
        this.labels = labels;
        this.dim = dim;
        this.l2 = l2;
        this.free = free;
    }

    int dim() {
        return dim;
    }

    int rows() {
        return labels.length;
    }

    double value(double[] w) {
        double f = 0;
        for (int r = 0; r < labels.length; r++) {
            double m = margin(w, r);
            // log(1 + e^m) − y·m, computed without overflow
            f += (m > 0 ? m + Math.log1p(Math.exp(-m)) : Math.log1p(Math.exp(m))) - labels[r] * m;
        }
        return f + 0.5 * l2 * penalisedSquares(w);
    }

    /** The gradient at {@code w}; fills {@code curvature} with p(1 − p) per row, for {@link #hessianTimes}. */
    double[] gradient(double[] w, double[] curvature) {
        double[] g = new double[dim];
        for (int r = 0; r < labels.length; r++) {
            double m = margin(w, r);
            double p = Probabilities.logistic(m);
            curvature[r] = p * (1 - p);
            double e = p - labels[r];
            for (int k = starts[r]; k < starts[r + 1]; k++) {
                g[cols[k]] += e * vals[k];
            }
        }
        for (int j = 0; j < dim; j++) {
            g[j] += j == free ? 0 : l2 * w[j];
        }
        return g;
    }

    /** (XᵀDX + λI′)·v, with D the curvature from the last {@link #gradient} call. */
    double[] hessianTimes(double[] curvature, double[] v) {
        double[] out = new double[dim];
        for (int r = 0; r < labels.length; r++) {
            double xv = margin(v, r) * curvature[r];
            if (xv != 0) {
                for (int k = starts[r]; k < starts[r + 1]; k++) {
                    out[cols[k]] += xv * vals[k];
                }
            }
        }
        for (int j = 0; j < dim; j++) {
            out[j] += j == free ? 0 : l2 * v[j];
        }
        return out;
    }

    private double margin(double[] w, int r) {
        double m = 0;
        for (int k = starts[r]; k < starts[r + 1]; k++) {
            m += w[cols[k]] * vals[k];
        }
        return m;
    }

    private double penalisedSquares(double[] w) {
        double s = 0;
        for (int j = 0; j < dim; j++) {
            s += j == free ? 0 : w[j] * w[j];
        }
        return s;
    }
}
