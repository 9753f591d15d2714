package io.heed.recsys.cf;

import io.heed.recsys.Interactions;
import io.heed.recsys.ModelFiles;
import io.heed.recsys.RecTrainer;

/** Ranks items by (optionally time-decayed) training interaction weight; the same list for every user. */
public final class PopularityTrainer implements RecTrainer {
    private final PopularityConfig config;

    public PopularityTrainer(PopularityConfig config) {
        this.config = config;
    }

    @Override
    public String algorithm() {
        return PopularityModel.ALGORITHM;
    }

    @Override
    public PopularityModel fit(Interactions data, String dataDescription) {
        Checks.requireData(data);
        float[] w = data.weightValues();
        int[] idx = data.itemIndices();
        float[] scores = new float[data.numItems()];
        if (config.halfLifeDays() == 0) {
            for (int p = 0; p < idx.length; p++) {
                scores[idx[p]] += w[p];
            }
        } else {
            long[] t = data.timeValues();
            if (t == null) {
                throw new IllegalArgumentException("time-decayed popularity needs timestamps; the data has none");
            }
            long now = Long.MIN_VALUE;
            for (long v : t) {
                now = Math.max(now, v);
            }
            double perSecond = Math.log(2) / (config.halfLifeDays() * 86400.0);
            for (int p = 0; p < idx.length; p++) {
                scores[idx[p]] += (float) (w[p] * Math.exp(-perSecond * (now - t[p])));
            }
        }
        return new PopularityModel(
                data, ModelFiles.provenance(algorithm(), dataDescription, 0, config.params()), scores);
    }
}
