package io.heed.models.ctr;

import io.heed.models.ctr.calibration.Calibrator;
import io.heed.models.ctr.calibration.IdentityCalibrator;
import io.heed.models.ctr.calibration.IsotonicCalibrator;
import io.heed.models.ctr.calibration.PlattCalibrator;

/** How {@link CtrModels#train} calibrates on its held-out rows. */
public enum CalibrationMethod {
    NONE, PLATT, ISOTONIC;

    Calibrator fit(double[] rawProbabilities, float[] labels) {
        return switch (this) {
            case NONE -> IdentityCalibrator.INSTANCE;
            case PLATT -> PlattCalibrator.fit(rawProbabilities, labels);
            case ISOTONIC -> IsotonicCalibrator.fit(rawProbabilities, labels);
        };
    }
}
