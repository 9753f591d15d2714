package io.heed.ctr.data;

import io.heed.ctr.CtrExamples;
import io.heed.ctr.features.FeaturePipeline;

/** Streams rows through the feature pipeline into {@link CtrExamples}: the same encoding serving uses. */
public final class Encoder implements RowSink {
    private final FeaturePipeline pipeline;
    private final CtrExamples.Builder builder = new CtrExamples.Builder();

    public Encoder(FeaturePipeline pipeline) {
        this.pipeline = pipeline;
    }

    @Override
    public void accept(LabelledRow row) {
        builder.add(pipeline.encode(row.request()), row.label(), row.time());
    }

    public CtrExamples build() {
        return builder.build();
    }
}
