package io.heed.ctr.online;

import io.heed.ctr.eval.CtrMetrics;
import java.util.ArrayList;
import java.util.List;

/**
 * Watches served predictions against their outcomes over a rolling window (the last {@code window} labelled
 * impressions) and reports the rolling AUC and calibration (mean prediction ÷ observed click rate). It warns when
 * the AUC falls more than {@code aucDrop} below the offline baseline, or calibration leaves [1/ratioBand,
 * ratioBand]. Warnings are returned as data; the caller logs or alerts.
 */
public final class DriftMonitor {
    /** The state of the window after an observation. */
    public record Status(long observed, double rollingAuc, double calibrationRatio, List<String> warnings) {
        public boolean healthy() {
            return warnings.isEmpty();
        }
    }

    private final int window;
    private final double baselineAuc;
    private final double aucDrop;
    private final double ratioBand;
    private final double[] p;
    private final float[] y;
    private long observed;

    public DriftMonitor(int window, double baselineAuc, double aucDrop, double ratioBand) {
        if (window < 100) {
            throw new IllegalArgumentException("window must be at least 100 impressions, was " + window);
        }
        if (!(baselineAuc > 0.5 && baselineAuc <= 1) || !(aucDrop > 0) || !(ratioBand > 1)) {
            throw new IllegalArgumentException("need baselineAuc in (0.5, 1], aucDrop > 0, ratioBand > 1; got "
                    + baselineAuc + ", " + aucDrop + ", " + ratioBand);
        }
        this.window = window;
        this.baselineAuc = baselineAuc;
        this.aucDrop = aucDrop;
        this.ratioBand = ratioBand;
        this.p = new double[window];
        this.y = new float[window];
    }

    /** Records one served prediction and its outcome. */
    public synchronized void observe(double prediction, boolean clicked) {
        if (!(prediction >= 0 && prediction <= 1)) {
            throw new IllegalArgumentException("prediction must be a probability, was " + prediction);
        }
        int i = (int) (observed % window);
        p[i] = prediction;
        y[i] = clicked ? 1f : 0f;
        observed++;
    }

    /** The rolling figures and any warnings; no warnings until the window is full. */
    public synchronized Status status() {
        if (observed < window) {
            return new Status(observed, Double.NaN, Double.NaN, List.of());
        }
        double sp = 0;
        double sy = 0;
        for (int i = 0; i < window; i++) {
            sp += p[i];
            sy += y[i];
        }
        List<String> warn = new ArrayList<>();
        double auc = Double.NaN;
        if (sy == 0 || sy == window) {
            warn.add("the last " + window + " impressions hold only one outcome; AUC undefined");
        } else {
            auc = CtrMetrics.auc(p.clone(), y.clone());
            if (auc < baselineAuc - aucDrop) {
                warn.add(String.format(
                        "rolling AUC %.4f is more than %.3f below the baseline %.4f", auc, aucDrop, baselineAuc));
            }
        }
        double ratio = sy == 0 ? Double.POSITIVE_INFINITY : sp / sy;
        if (ratio > ratioBand || ratio < 1 / ratioBand) {
            warn.add(String.format("calibration: predicted %.1f clicks, observed %.0f (ratio %.2f)", sp, sy, ratio));
        }
        return new Status(observed, auc, ratio, List.copyOf(warn));
    }
}
