package io.heed.ctr.calibration;

import java.io.DataOutputStream;

/** No calibration (the model's own probability, clamped). */
public enum IdentityCalibrator implements Calibrator {
    INSTANCE;

    static final String KIND = "none";

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public double apply(double p) {
        return Probabilities.clamp(p);
    }

    @Override
    public void write(DataOutputStream out) {
        // nothing to store
    }
}
