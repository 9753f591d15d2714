package io.heed.ctr.calibration;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * Maps a model's raw probability to a calibrated one. Fitted on held-out rows (never on the training rows), stored
 * in the artifact. Every implementation returns a probability inside [1e-7, 1 − 1e-7] for any input in [0, 1].
 */
public sealed interface Calibrator permits IdentityCalibrator, PlattCalibrator, IsotonicCalibrator {
    String kind();

    double apply(double p);

    void write(DataOutputStream out) throws IOException;

    static void save(Calibrator c, DataOutputStream out) throws IOException {
        out.writeUTF(c.kind());
        c.write(out);
    }

    static Calibrator read(DataInputStream in) throws IOException {
        String kind = in.readUTF();
        return switch (kind) {
            case IdentityCalibrator.KIND -> IdentityCalibrator.INSTANCE;
            case PlattCalibrator.KIND -> PlattCalibrator.read(in);
            case IsotonicCalibrator.KIND -> IsotonicCalibrator.read(in);
            default -> throw new IOException("unknown calibrator '" + kind + "'");
        };
    }
}
