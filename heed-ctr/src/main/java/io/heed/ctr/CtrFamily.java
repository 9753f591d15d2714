package io.heed.ctr;

import java.io.DataInputStream;
import java.io.IOException;

/**
 * A click-model family that {@link CtrModelFiles} can read back: its algorithm name (as written in the file's
 * provenance) and its payload reader. Each family registers one provider line in
 * {@code META-INF/services/io.heed.ctr.CtrFamily} of the module that holds it (heed-ctr: ftrl-lr, fm, batch-lr,
 * blend; heed-ctr-xgboost: gbdt), so this package names no family and a family in another module (the XGBoost
 * trees) loads wherever that module is on the class path.
 */
public interface CtrFamily {
    /** The algorithm name in the artifact's provenance, e.g. {@code ftrl-lr}. */
    String algorithm();

    /** Reads the payload {@link Predictor#writePayload} wrote. */
    Predictor read(DataInputStream in) throws IOException;
}
