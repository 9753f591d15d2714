package io.heed.ctr.calibration;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * Platt scaling on the log-odds: p' = σ(a · logit(p) + b), fitted by Newton's method on the log loss with Platt's
 * smoothed targets ((n₊+1)/(n₊+2), 1/(n₋+2)), which keeps a and b finite even on separable data.
 */
public record PlattCalibrator(double a, double b) implements Calibrator {
    static final String KIND = "platt";

    public PlattCalibrator {
        if (!Double.isFinite(a) || !Double.isFinite(b)) {
            throw new IllegalArgumentException("Platt parameters must be finite, got a=" + a + " b=" + b);
        }
    }

    public static PlattCalibrator fit(double[] p, float[] labels) {
        if (p.length != labels.length || p.length == 0) {
            throw new IllegalArgumentException("need equally many (>0) probabilities and labels");
        }
        int pos = 0;
        for (float y : labels) {
            pos += y > 0.5f ? 1 : 0;
        }
        double hi = (pos + 1.0) / (pos + 2.0);
        double lo = 1.0 / (p.length - pos + 2.0);
        double[] x = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            x[i] = Probabilities.logit(p[i]);
        }
        double a = 1;
        double b = 0;
        for (int it = 0; it < 50; it++) {
            double gA = 0, gB = 0, hAA = 1e-9, hAB = 0, hBB = 1e-9;
            for (int i = 0; i < x.length; i++) {
                double t = labels[i] > 0.5f ? hi : lo;
                double q = Probabilities.sigmoid(a * x[i] + b);
                double d = q - t;
                double w = q * (1 - q);
                gA += d * x[i];
                gB += d;
                hAA += w * x[i] * x[i];
                hAB += w * x[i];
                hBB += w;
            }
            double det = hAA * hBB - hAB * hAB;
            if (det <= 0) {
                break;
            }
            double da = (hBB * gA - hAB * gB) / det;
            double db = (hAA * gB - hAB * gA) / det;
            a -= da;
            b -= db;
            if (Math.abs(da) + Math.abs(db) < 1e-10) {
                break;
            }
        }
        return new PlattCalibrator(a, b);
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public double apply(double p) {
        return Probabilities.sigmoid(a * Probabilities.logit(p) + b);
    }

    @Override
    public void write(DataOutputStream out) throws IOException {
        out.writeDouble(a);
        out.writeDouble(b);
    }

    static PlattCalibrator read(DataInputStream in) throws IOException {
        return new PlattCalibrator(in.readDouble(), in.readDouble());
    }
}
