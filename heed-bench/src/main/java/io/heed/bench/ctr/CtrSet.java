package io.heed.bench.ctr;

import io.heed.ctr.CalibrationMethod;
import io.heed.ctr.CtrExamples;
import io.heed.ctr.eval.ModelSelection;
import io.heed.ctr.eval.Splits;
import io.heed.ctr.features.FeatureSpec;
import java.util.List;
import java.util.function.Function;

/**
 * One benchmark data set: its key in the JSON, a description, the feature spec, the evaluation protocol (one
 * train/test split, or several folds whose figures are averaged), how validation rows are carved from a training
 * part (model choice happens there, never on test), Heed's candidate configurations, the calibration, and
 * (simulator only, single split) the true probability of each test row.
 */
record CtrSet(
        String key,
        String description,
        FeatureSpec spec,
        String protocol,
        List<Splits.Split> evaluations,
        Function<CtrExamples, List<Splits.Split>> validation,
        List<ModelSelection.Candidate> candidates,
        CalibrationMethod calibration,
        double[] testTruth) {

    CtrSet {
        if (evaluations.isEmpty()) {
            throw new IllegalArgumentException(key + ": no evaluation split");
        }
        if (testTruth != null && evaluations.size() != 1) {
            throw new IllegalArgumentException(key + ": true probabilities need a single split");
        }
    }

    /** The first (for most sets the only) train/test split. */
    Splits.Split split() {
        return evaluations.get(0);
    }
}
