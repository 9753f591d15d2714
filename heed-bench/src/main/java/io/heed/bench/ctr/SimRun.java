package io.heed.bench.ctr;

import io.heed.models.ctr.CtrRequest;
import io.heed.models.ctr.data.Encoder;
import io.heed.models.ctr.data.LabelledRow;
import io.heed.models.ctr.data.SimImpressions;
import io.heed.models.ctr.eval.Splits;
import io.heed.models.ctr.features.FeaturePipeline;
import io.heed.models.ctr.features.FeatureSpec;
import io.heed.sim.SimConfig;
import io.heed.sim.Simulator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.List;

/**
 * The simulated set: a heed-sim publisher generated into the work directory, its impressions as a time-ordered
 * 80/20 split with the true click probability of every test row, and the last impressions as raw requests (for
 * the serving-latency measurement, which must include feature encoding).
 */
record SimRun(CtrSet set, List<CtrRequest> recentRequests) {
    private static final double TEST = 0.2;

    static SimRun load(Path work, boolean quick) throws IOException {
        // Few users with long histories: the true click model has a per-user × category term, which only enough
        // impressions per user can pin down.
        SimConfig cfg = SimConfig.demo().withUsers(200).withEvents(quick ? 600_000 : 1_000_000);
        Path dir = work.resolve("ctr-sim-" + cfg.users() + "-" + cfg.targetEvents());
        if (!Files.exists(dir.resolve("manifest.json"))) {
            new Simulator(cfg).run(dir, written -> { });
        }
        FeatureSpec spec = SimImpressions.spec(20);
        Encoder enc = new Encoder(new FeaturePipeline(spec));
        ArrayDeque<CtrRequest> recent = new ArrayDeque<>();
        double[] truth = SimImpressions.clicks().read(dir, (LabelledRow row) -> {
            enc.accept(row);
            recent.addLast(row.request());
            if (recent.size() > 10_000) {
                recent.removeFirst();
            }
        });
        var all = enc.build();
        // Rows arrive in time order, so this is the time split, and the truth stays aligned with the test rows.
        int cut = (int) Math.round(all.size() * (1 - TEST));
        CtrSet set = new CtrSet("sim", "heed-sim " + cfg.users() + " users, " + cfg.targetEvents()
                + " events: impressions → clicks, time-ordered 80/20", spec,
                new Splits.Split(all.range(0, cut), all.range(cut, all.size())),
                CtrSets.simTrainers(), io.heed.models.ctr.CalibrationMethod.NONE,
                Arrays.copyOfRange(truth, cut, truth.length));
        return new SimRun(set, List.copyOf(recent));
    }
}
