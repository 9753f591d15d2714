package io.heed.bench.ctr;

import io.heed.ctr.CalibrationMethod;
import io.heed.ctr.data.Encoder;
import io.heed.ctr.data.LabelledRow;
import io.heed.ctr.data.SimImpressions;
import io.heed.ctr.eval.ModelSelection.Candidate;
import io.heed.ctr.eval.Splits;
import io.heed.ctr.features.CtrRequest;
import io.heed.ctr.features.FeaturePipeline;
import io.heed.ctr.features.FeatureSpec;
import io.heed.ctr.fm.FmConfig;
import io.heed.sim.SimConfig;
import io.heed.sim.Simulator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The simulated set: a heed-sim publisher generated into the work directory, its impressions as a time-ordered
 * 80/20 split with the true click probability of every test row, and the last impressions as raw requests (for
 * the serving-latency measurement, which must include feature encoding).
 */
record SimRun(CtrSet set, List<CtrRequest> recentRequests) {
    private static final double TEST = 0.2;

    static SimRun load(Path work) throws IOException {
        // The log-loss target (within 2% of the truth's) is about estimation error, which for a well-specified
        // logistic model is about d / 2n nats: few users, items and ads (d ≈ 200 × 12 user × category cells + 600
        // targets + 400 user × kind cells) and a million events (n ≈ 750 k training impressions) bring it under 2%.
        // The same size with --quick: a smaller set could not test the target.
        SimConfig cfg =
                SimConfig.demo().withUsers(200).withItems(500).withAds(100).withEvents(1_000_000);
        Path dir =
                work.resolve("ctr-sim-" + cfg.users() + "-" + cfg.items() + "-" + cfg.ads() + "-" + cfg.targetEvents());
        if (!Files.exists(dir.resolve("manifest.json"))) {
            new Simulator(cfg).run(dir, written -> {});
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
        CtrSet set = new CtrSet(
                "sim",
                "heed-sim " + cfg.users() + " users, " + cfg.targetEvents() + " events: impressions → clicks",
                spec,
                "time-ordered 80/20",
                List.of(new Splits.Split(all.range(0, cut), all.range(cut, all.size()))),
                CtrSets.latest(),
                candidates(),
                CalibrationMethod.NONE,
                Arrays.copyOfRange(truth, cut, truth.length));
        return new SimRun(set, List.copyOf(recent));
    }

    /**
     * Heed's candidates for simulated impressions: FTRL over a small grid (the simulator's click model is logistic
     * in one-hot terms and user × category crosses; validation preferred weak regularisation and many passes) and
     * a small FM (its pairwise terms can learn what one shared weight cannot: the truth's fatigue and affinity
     * differ between items and ads, i.e. kind × seen and kind × user × category). Trees are left out: minutes on
     * ~0.75 M rows without gain on a logistic truth.
     */
    static List<Candidate> candidates() {
        List<Candidate> c = new ArrayList<>(
                Grids.ftrl(new double[] {0.2, 0.5}, new double[] {0}, new double[] {0.03, 0.1, 0.3}, new int[] {20}));
        c.addAll(Grids.fm(
                new FmConfig(8, 0.02, 1e-4, 1e-3, 10, 0.01, 42, 0.1), new int[] {8}, new double[] {0.02}, new double[] {
                    1e-3, 1e-2
                }));
        return c;
    }
}
