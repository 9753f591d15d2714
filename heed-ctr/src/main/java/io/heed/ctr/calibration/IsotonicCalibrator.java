package io.heed.ctr.calibration;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Isotonic regression (pool adjacent violators) of labels on the raw probability: a non-decreasing step function,
 * interpolated linearly between block centres and flat beyond the ends. Needs more held-out rows than Platt
 * (thousands), but assumes no shape.
 */
public final class IsotonicCalibrator implements Calibrator {
    static final String KIND = "isotonic";

    private final double[] x;
    private final double[] y;

    IsotonicCalibrator(double[] x, double[] y) {
        this.x = x;
        this.y = y;
    }

    public static IsotonicCalibrator fit(double[] p, float[] labels) {
        if (p.length != labels.length || p.length == 0) {
            throw new IllegalArgumentException("need equally many (>0) probabilities and labels");
        }
        Integer[] order = IntStream.range(0, p.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> p[i]));
        int n = p.length;
        double[] sumY = new double[n];
        double[] sumX = new double[n];
        double[] w = new double[n];
        int blocks = 0;
        for (int k = 0; k < n; k++) {
            int i = order[k];
            sumY[blocks] = labels[i];
            sumX[blocks] = p[i];
            w[blocks] = 1;
            blocks++;
            while (blocks > 1 && sumY[blocks - 2] / w[blocks - 2] >= sumY[blocks - 1] / w[blocks - 1]) {
                sumY[blocks - 2] += sumY[blocks - 1];
                sumX[blocks - 2] += sumX[blocks - 1];
                w[blocks - 2] += w[blocks - 1];
                blocks--;
            }
        }
        double[] bx = new double[blocks];
        double[] by = new double[blocks];
        for (int b = 0; b < blocks; b++) {
            bx[b] = sumX[b] / w[b];
            by[b] = Probabilities.clamp(sumY[b] / w[b]);
        }
        return new IsotonicCalibrator(bx, by);
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public double apply(double p) {
        if (Double.isNaN(p)) {
            throw new IllegalArgumentException("cannot calibrate NaN");
        }
        int k = Arrays.binarySearch(x, p);
        if (k >= 0) {
            return y[k];
        }
        int hi = -k - 1;
        if (hi == 0) {
            return y[0];
        }
        if (hi == x.length) {
            return y[x.length - 1];
        }
        double t = (p - x[hi - 1]) / (x[hi] - x[hi - 1]);
        return Probabilities.clamp(y[hi - 1] + t * (y[hi] - y[hi - 1]));
    }

    @Override
    public void write(DataOutputStream out) throws IOException {
        out.writeInt(x.length);
        for (int i = 0; i < x.length; i++) {
            out.writeDouble(x[i]);
            out.writeDouble(y[i]);
        }
    }

    static IsotonicCalibrator read(DataInputStream in) throws IOException {
        int n = in.readInt();
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = in.readDouble();
            y[i] = in.readDouble();
        }
        return new IsotonicCalibrator(x, y);
    }
}
