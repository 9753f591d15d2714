package io.heed.ctr.data;

import io.heed.ctr.features.FeatureSpec;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** The training-file formats the CLI accepts, each with its default feature spec and its reader. */
public enum CtrFormat {
    /** A heed-sim output directory (events.csv, items.csv, ads.csv, truth/). */
    SIM,
    /** libFM one-hot lines with Frappe's ten fields. */
    FRAPPE,
    /** Criteo CSV with a header. */
    CRITEO,
    /** Taobao UserBehavior CSV (view → cart/buy). */
    TAOBAO;

    public FeatureSpec spec(int bits) {
        return switch (this) {
            case SIM -> SimImpressions.spec(bits);
            case FRAPPE ->
                FeatureSpec.of(bits, LibfmReader.FRAPPE_FIELDS).withCrosses(List.of(List.of("user", "item")));
            case CRITEO -> CriteoReader.spec(bits);
            case TAOBAO -> TaobaoReader.spec(bits);
        };
    }

    /** Streams the labelled rows of {@code path}; for SIM, returns the true probabilities (else null). */
    public double[] read(Path path, RowSink sink) throws IOException {
        switch (this) {
            case SIM -> {
                return SimImpressions.clicks().read(path, sink);
            }
            case FRAPPE -> new LibfmReader(LibfmReader.FRAPPE_FIELDS).read(path, sink);
            case CRITEO -> CriteoReader.read(path, sink);
            case TAOBAO -> TaobaoReader.read(path, sink);
            default -> throw new IllegalStateException(name());
        }
        return null;
    }

    /** Frappe has no clock (random split); the others are split by time. */
    public boolean timeOrdered() {
        return this != FRAPPE;
    }
}
