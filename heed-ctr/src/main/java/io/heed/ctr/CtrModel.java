package io.heed.ctr;

import io.heed.core.artifact.ModelProvenance;
import io.heed.ctr.calibration.Calibrator;
import io.heed.ctr.calibration.Probabilities;
import io.heed.ctr.features.CtrRequest;
import io.heed.ctr.features.FeaturePipeline;
import io.heed.ctr.features.FeatureSpec;
import io.heed.ctr.features.FeatureVector;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A trained CTR artifact: the feature spec it was trained with, the learned {@link Predictor}, the calibrator
 * fitted on held-out rows and the provenance. Immutable; it is also its own thread-safe {@link CtrScorer}.
 */
public final class CtrModel implements CtrScorer {
    private final FeatureSpec spec;
    private final FeaturePipeline pipeline;
    private final Predictor predictor;
    private final Calibrator calibrator;
    private final ModelProvenance provenance;

    public CtrModel(FeatureSpec spec, Predictor predictor, Calibrator calibrator, ModelProvenance provenance) {
        this.spec = Objects.requireNonNull(spec, "spec");
        this.pipeline = new FeaturePipeline(spec);
        this.predictor = Objects.requireNonNull(predictor, "predictor");
        this.calibrator = Objects.requireNonNull(calibrator, "calibrator");
        this.provenance = Objects.requireNonNull(provenance, "provenance");
    }

    public FeatureSpec spec() {
        return spec;
    }

    public FeaturePipeline pipeline() {
        return pipeline;
    }

    public Predictor predictor() {
        return predictor;
    }

    public Calibrator calibrator() {
        return calibrator;
    }

    public ModelProvenance provenance() {
        return provenance;
    }

    public String algorithm() {
        return predictor.algorithm();
    }

    public CtrModel withCalibrator(Calibrator c) {
        return new CtrModel(spec, predictor, c, provenance);
    }

    public CtrModel withProvenance(ModelProvenance p) {
        return new CtrModel(spec, predictor, calibrator, p);
    }

    @Override
    public double predict(CtrRequest request) {
        return probability(pipeline.encode(request));
    }

    /** The calibrated probability of an already encoded vector (same pipeline). */
    public double probability(FeatureVector x) {
        return calibrator.apply(Probabilities.sigmoid(predictor.margin(x)));
    }

    /** Calibrated probabilities of every row of {@code data}. */
    public double[] probabilities(CtrExamples data) {
        double[] m = predictor.margins(data);
        for (int i = 0; i < m.length; i++) {
            m[i] = calibrator.apply(Probabilities.sigmoid(m[i]));
        }
        return m;
    }

    @Override
    public Explanation explain(CtrRequest request, int top) {
        if (top < 0) {
            throw new IllegalArgumentException("top must be >= 0, was " + top);
        }
        FeatureVector x = pipeline.encode(request, true);
        double[] c = predictor.contributions(x);
        double margin = 0;
        for (double v : c) {
            margin += v;
        }
        double bias = 0;
        List<Contribution> all = new ArrayList<>();
        for (int k = 0; k < c.length; k++) {
            if (FeaturePipeline.BIAS.equals(x.name(k))) {
                bias += c[k];
            } else if (c[k] != 0) {
                all.add(new Contribution(x.name(k), c[k]));
            }
        }
        all.sort(Comparator.comparingDouble((Contribution v) -> -Math.abs(v.logOdds())));
        return new Explanation(
                algorithm(),
                calibrator.apply(Probabilities.sigmoid(margin)),
                margin,
                bias,
                all.subList(0, Math.min(top, all.size())));
    }
}
