package io.heed.ctr.eval;

import io.heed.ctr.CtrExamples;
import io.heed.ctr.CtrModel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The metrics of one model on one test set. */
public record CtrEvaluation(
        int rows,
        double positiveRate,
        double auc,
        double logLoss,
        double normalizedEntropy,
        double ece,
        List<ReliabilityBin> reliability) {
    public static final int BINS = 10;

    public static CtrEvaluation of(double[] p, float[] y) {
        double rate = 0;
        for (float v : y) {
            rate += v;
        }
        return new CtrEvaluation(
                p.length,
                rate / p.length,
                CtrMetrics.auc(p, y),
                CtrMetrics.logLoss(p, y),
                CtrMetrics.normalizedEntropy(p, y),
                CtrMetrics.ece(p, y, BINS),
                ReliabilityBin.of(p, y, BINS));
    }

    public static CtrEvaluation of(CtrModel model, CtrExamples test) {
        return of(model.probabilities(test), test.labels());
    }

    /** Flat figures for provenance and benchmark JSON. */
    public Map<String, Double> figures() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("auc", auc);
        m.put("logloss", logLoss);
        m.put("ne", normalizedEntropy);
        m.put("ece", ece);
        return m;
    }
}
