package io.heed.ctr;

import io.heed.ctr.calibration.Calibrator;
import io.heed.ctr.calibration.IdentityCalibrator;
import io.heed.ctr.calibration.IsotonicCalibrator;
import io.heed.ctr.calibration.PlattCalibrator;

/** How {@link CtrModels#train} calibrates on its held-out rows. */
public enum CalibrationMethod {
    NONE,
    PLATT,
    ISOTONIC;

    Calibrator fit(double[] rawProbabilities, float[] labels) {
        return switch (this) {
            case NONE -> IdentityCalibrator.INSTANCE;
            case PLATT -> PlattCalibrator.fit(rawProbabilities, labels);
            case ISOTONIC -> IsotonicCalibrator.fit(rawProbabilities, labels);
        };
    }
}
