package io.heed.ctr.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.heed.ctr.eval.CtrMetrics;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class CalibratorTest {
    /** A model that is overconfident: it reports σ(2·z) where the truth is σ(z). */
    private static final int N = 20_000;

    private final double[] raw = new double[N];
    private final float[] y = new float[N];

    CalibratorTest() {
        SplittableRandom rnd = new SplittableRandom(5);
        for (int i = 0; i < N; i++) {
            double z = rnd.nextGaussian() * 1.5 - 1;
            raw[i] = 1 / (1 + Math.exp(-2 * z));
            y[i] = rnd.nextDouble() < 1 / (1 + Math.exp(-z)) ? 1f : 0f;
        }
    }

    @Test
    void plattRecoversTheScaleAndImprovesCalibration() {
        PlattCalibrator c = PlattCalibrator.fit(raw, y);
        assertThat(c.a()).isCloseTo(0.5, within(0.05));
        double[] cal = apply(c);
        assertThat(CtrMetrics.ece(cal, y, 10)).isLessThan(CtrMetrics.ece(raw, y, 10) / 3);
        assertThat(CtrMetrics.auc(cal, y)).isCloseTo(CtrMetrics.auc(raw, y), within(1e-9));
    }

    @Test
    void isotonicIsMonotoneBoundedAndCalibrated() {
        IsotonicCalibrator c = IsotonicCalibrator.fit(raw, y);
        double prev = 0;
        for (double p = 0; p <= 1.0; p += 0.001) {
            double q = c.apply(p);
            assertThat(q).isBetween(1e-7, 1 - 1e-7).isGreaterThanOrEqualTo(prev);
            prev = q;
        }
        assertThat(CtrMetrics.ece(apply(c), y, 10)).isLessThan(0.01);
    }

    @Test
    void calibratorsRoundTrip() throws IOException {
        for (Calibrator c : new Calibrator[] {
            PlattCalibrator.fit(raw, y), IsotonicCalibrator.fit(raw, y), IdentityCalibrator.INSTANCE
        }) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            Calibrator.save(c, new DataOutputStream(bytes));
            Calibrator back = Calibrator.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
            assertThat(back.apply(0.3)).isEqualTo(c.apply(0.3));
        }
    }

    private double[] apply(Calibrator c) {
        double[] out = new double[N];
        for (int i = 0; i < N; i++) {
            out[i] = c.apply(raw[i]);
        }
        return out;
    }
}
