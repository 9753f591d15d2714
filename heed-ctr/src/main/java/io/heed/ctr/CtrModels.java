package io.heed.ctr;

import io.heed.core.HeedVersion;
import io.heed.core.artifact.ModelProvenance;
import io.heed.ctr.calibration.IdentityCalibrator;
import io.heed.ctr.features.FeatureSpec;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/**
 * Training with the parts every family shares: fit on the earlier rows, calibrate on the later held-out rows
 * (time order, so calibration sees the future the way serving will), and record provenance.
 */
public final class CtrModels {
    private CtrModels() {}

    /**
     * Trains {@code trainer} on the first (1 − calibrationShare) of {@code data} (rows in time order) and fits
     * {@code calibration} on the rest; with share 0 or method NONE all rows train and no calibrator is fitted.
     */
    public static CtrModel train(
            CtrTrainer trainer,
            FeatureSpec spec,
            CtrExamples data,
            double calibrationShare,
            CalibrationMethod calibration,
            String dataDescription,
            long seed) {
        if (!(calibrationShare >= 0 && calibrationShare < 1)) {
            throw new IllegalArgumentException("calibrationShare must be in [0, 1), was " + calibrationShare);
        }
        if (data.size() == 0) {
            throw new IllegalArgumentException("no training rows");
        }
        boolean calibrate = calibration != CalibrationMethod.NONE && calibrationShare > 0;
        int cut = calibrate ? (int) Math.round(data.size() * (1 - calibrationShare)) : data.size();
        CtrExamples fitRows = cut == data.size() ? data : data.range(0, cut);
        Predictor p = trainer.fit(fitRows, spec.bits());
        Map<String, String> params = new TreeMap<>(p.params());
        params.put("calibration", calibrate ? calibration.name().toLowerCase() : "none");
        params.put("features", spec.toString());
        ModelProvenance prov = new ModelProvenance(
                p.algorithm(),
                CtrModelFiles.FORMAT_VERSION,
                HeedVersion.current(),
                Instant.now().toString(),
                dataDescription,
                seed,
                params,
                Map.of());
        CtrModel model = new CtrModel(spec, p, IdentityCalibrator.INSTANCE, prov);
        if (calibrate && cut < data.size()) {
            CtrExamples held = data.range(cut, data.size());
            model = model.withCalibrator(calibration.fit(model.probabilities(held), held.labels()));
        }
        return model;
    }
}
