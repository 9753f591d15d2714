package io.heed.ctr.online;

import io.heed.core.HeedVersion;
import io.heed.core.artifact.ModelProvenance;
import io.heed.ctr.CtrModel;
import io.heed.ctr.CtrScorer;
import io.heed.ctr.Explanation;
import io.heed.ctr.calibration.IdentityCalibrator;
import io.heed.ctr.features.CtrRequest;
import io.heed.ctr.features.FeaturePipeline;
import io.heed.ctr.features.FeatureSpec;
import io.heed.ctr.ftrl.FtrlConfig;
import io.heed.ctr.ftrl.FtrlLearner;
import io.heed.ctr.ftrl.FtrlModel;
import java.time.Instant;
import java.util.Map;

/**
 * FTRL learning from the live impression and click stream while serving. One writer thread calls
 * {@link #learn}; every {@code publishEvery} examples it copies the weights into a new immutable {@link CtrModel}
 * and swaps it in through a volatile reference. Readers ({@link #predict}, any number of threads) always score a
 * complete snapshot and never wait for the writer: serving does not pause while the model learns.
 */
public final class OnlineFtrl implements CtrScorer {
    private final FeaturePipeline pipeline;
    private final FtrlLearner learner;
    private final int publishEvery;
    private final FtrlConfig config;
    private volatile CtrModel current;
    private long sincePublish;
    private long published;

    public OnlineFtrl(FeatureSpec spec, FtrlConfig config, int publishEvery) {
        if (publishEvery < 1) {
            throw new IllegalArgumentException("publishEvery must be >= 1, was " + publishEvery);
        }
        this.pipeline = new FeaturePipeline(spec);
        this.config = config;
        this.learner = new FtrlLearner(config, spec.bits());
        this.publishEvery = publishEvery;
        publish();
    }

    /** Learns one labelled impression (writer thread only); returns the probability predicted before learning. */
    public double learn(CtrRequest request, boolean clicked) {
        double p = learner.update(pipeline.encode(request), clicked ? 1f : 0f);
        if (++sincePublish >= publishEvery) {
            publish();
        }
        return p;
    }

    /** Swaps in a snapshot of the current weights (writer thread only). */
    public void publish() {
        FtrlModel snap = learner.snapshot();
        ModelProvenance p = new ModelProvenance(
                FtrlModel.ALGORITHM,
                1,
                HeedVersion.current(),
                Instant.now().toString(),
                "online: " + learner.updates() + " impressions",
                0,
                snap.params(),
                Map.of("updates", (double) learner.updates()));
        current = new CtrModel(pipeline.spec(), snap, IdentityCalibrator.INSTANCE, p);
        sincePublish = 0;
        published++;
    }

    /** The snapshot being served now. */
    public CtrModel current() {
        return current;
    }

    public long snapshotsPublished() {
        return published;
    }

    public FtrlConfig config() {
        return config;
    }

    @Override
    public double predict(CtrRequest request) {
        return current.predict(request);
    }

    @Override
    public Explanation explain(CtrRequest request, int top) {
        return current.explain(request, top);
    }
}
