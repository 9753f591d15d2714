package io.heed.bench.ctr;

import io.heed.models.ctr.CalibrationMethod;
import io.heed.models.ctr.CtrTrainer;
import io.heed.models.ctr.eval.Splits;
import io.heed.models.ctr.features.FeatureSpec;
import java.util.List;

/**
 * One benchmark data set, already split: its key in the JSON, a description, the feature spec, the split, Heed's
 * trainers for it, the calibration, and (simulator only) the true probability of each test row.
 */
record CtrSet(String key, String description, FeatureSpec spec, Splits.Split split, List<CtrTrainer> trainers,
              CalibrationMethod calibration, double[] testTruth) {
}
