package io.heed.bench.cli;

import io.heed.cli.CtrCommand;
import io.heed.ctr.CalibrationMethod;
import io.heed.ctr.CtrExamples;
import io.heed.ctr.CtrModel;
import io.heed.ctr.CtrModelFiles;
import io.heed.ctr.CtrModels;
import io.heed.ctr.Explanation;
import io.heed.ctr.data.Encoder;
import io.heed.ctr.data.LabelledRow;
import io.heed.ctr.data.SimImpressions;
import io.heed.ctr.eval.CtrEvaluation;
import io.heed.ctr.eval.CtrMetrics;
import io.heed.ctr.explain.WhyThisAd;
import io.heed.ctr.features.CtrRequest;
import io.heed.ctr.features.FeaturePipeline;
import io.heed.ctr.features.FeatureSpec;
import io.heed.ctr.ftrl.FtrlConfig;
import io.heed.ctr.ftrl.FtrlTrainer;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * The demo's CTR step: pCTR by FTRL logistic regression, raw and Platt-calibrated, trained on the first 80% of
 * the simulated impressions and graded on the last 20% beside the simulator's true probabilities; a pCVR model on
 * ad clicks with a 24 h conversion window; the FTRL model saved for {@code heed ctr explain} and {@code heed serve}.
 */
final class DemoCtrStep {
    static final Duration CONVERSION_WINDOW = Duration.ofHours(24);

    private DemoCtrStep() {}

    static void run(Path sim, Path dataDir, PrintStream out) throws IOException {
        long t0 = System.nanoTime();
        FeatureSpec spec = SimImpressions.spec(20);
        Encoder enc = new Encoder(new FeaturePipeline(spec));
        CtrRequest[] example = new CtrRequest[1];
        double[] truth = SimImpressions.clicks().read(sim, (LabelledRow r) -> {
            enc.accept(r);
            if (r.request().get("format") != null && r.label() > 0) {
                example[0] = r.request();
            }
        });
        CtrExamples all = enc.build();
        int cut = (int) Math.round(all.size() * 0.8);
        CtrExamples train = all.range(0, cut);
        CtrExamples test = all.range(cut, all.size());
        double[] truthTest = Arrays.copyOfRange(truth, cut, truth.length);
        float[] y = test.labels();
        out.printf(
                "    %,d impressions (bots left out), click rate %.4f; train on the first 80%%, test on the last 20%%%n",
                all.size(), all.positiveRate());
        out.printf("    %-28s %8s %9s %8s %10s%n", "model", "AUC", "log loss", "ECE", "mean p");
        row(
                out,
                "simulator's true p",
                CtrMetrics.auc(truthTest, y),
                CtrMetrics.logLoss(truthTest, y),
                CtrMetrics.ece(truthTest, y, 10),
                mean(truthTest));
        CtrModel ftrl = null;
        for (CalibrationMethod c : List.of(CalibrationMethod.NONE, CalibrationMethod.PLATT)) {
            CtrModel m = CtrModels.train(
                    new FtrlTrainer(new FtrlConfig(0.1, 1, 0.5, 1, 1)), spec, train, 0.1, c, "demo sim", 42);
            double[] p = m.probabilities(test);
            CtrEvaluation e = CtrEvaluation.of(p, y);
            row(
                    out,
                    m.algorithm() + (c == CalibrationMethod.NONE ? "" : " + Platt"),
                    e.auc(),
                    e.logLoss(),
                    e.ece(),
                    mean(p));
            ftrl = m.withProvenance(m.provenance().withMetrics(e.figures()));
        }
        out.printf(
                "    observed click rate in the test period: %.4f (`./heed bench ctr` compares with peers and the truth on"
                        + " a publisher with longer user histories)%n",
                mean(y));
        conversions(sim, out);
        Path saved = CtrCommand.modelPath(dataDir, null);
        CtrModelFiles.save(ftrl, saved);
        if (example[0] != null) {
            Explanation ex = ftrl.explain(example[0], 3);
            out.printf(
                    "    explain one clicked ad impression: p = %.4f, top %s%n    \"%s\"%n",
                    ex.probability(),
                    ex.top().stream()
                            .map(c -> String.format("%s (%+.2f)", c.feature(), c.logOdds()))
                            .toList(),
                    WhyThisAd.text(ex, 3));
        }
        out.printf(
                "    saved %s (try `./heed ctr explain --field user=u000001 --field category=sports`) in %.1f s%n",
                saved, (System.nanoTime() - t0) / 1e9);
    }

    /** pCVR after an ad click, conversions counted within the window; clicks too close to the end are left out. */
    private static void conversions(Path sim, PrintStream out) throws IOException {
        FeatureSpec spec = SimImpressions.spec(18);
        Encoder enc = new Encoder(new FeaturePipeline(spec));
        double[] truth = SimImpressions.conversions(CONVERSION_WINDOW).read(sim, enc);
        CtrExamples all = enc.build();
        int cut = (int) Math.round(all.size() * 0.8);
        CtrExamples test = all.range(cut, all.size());
        float[] y = test.labels();
        double[] truthTest = Arrays.copyOfRange(truth, cut, truth.length);
        if (all.size() < 200 || test.positiveRate() == 0 || test.positiveRate() == 1) {
            out.printf("    pCVR: only %,d matured ad clicks; too few to grade%n", all.size());
            return;
        }
        // A few thousand matured clicks cannot pin down per-user weights (10,000 users): the pCVR model pools over
        // the ad and its context only, with strong L2, and learns without a calibration hold-out.
        FeatureSpec coarse = new FeatureSpec(
                18, List.of("placement", "device", "category", "format", "advertiser", "target"), List.of(), List.of());
        CtrExamples pooled = reencode(sim, coarse);
        CtrModel m = CtrModels.train(
                new FtrlTrainer(new FtrlConfig(0.05, 1, 0, 20, 3)),
                coarse,
                pooled.range(0, cut),
                0,
                CalibrationMethod.NONE,
                "demo sim conversions",
                42);
        double[] p = m.probabilities(pooled.range(cut, pooled.size()));
        out.printf(
                "    pCVR after an ad click (conversion window %d h, %,d matured clicks, conversion rate %.4f; "
                        + "%d conversions among the %,d test clicks, so AUC carries about ±0.05):%n",
                CONVERSION_WINDOW.toHours(),
                all.size(),
                all.positiveRate(),
                Math.round(test.positiveRate() * test.size()),
                test.size());
        row(
                out,
                "simulator's true p",
                CtrMetrics.auc(truthTest, y),
                CtrMetrics.logLoss(truthTest, y),
                CtrMetrics.ece(truthTest, y, 10),
                mean(truthTest));
        row(
                out,
                "ftrl-lr (ad + context)",
                CtrMetrics.auc(p, y),
                CtrMetrics.logLoss(p, y),
                CtrMetrics.ece(p, y, 10),
                mean(p));
    }

    private static CtrExamples reencode(Path sim, FeatureSpec spec) throws IOException {
        Encoder enc = new Encoder(new FeaturePipeline(spec));
        SimImpressions.conversions(CONVERSION_WINDOW).read(sim, enc);
        return enc.build();
    }

    private static void row(PrintStream out, String name, double auc, double loss, double ece, double meanP) {
        out.printf("    %-28s %8.4f %9.4f %8.4f %10.4f%n", name, auc, loss, ece, meanP);
    }

    private static double mean(double[] a) {
        return Arrays.stream(a).average().orElse(0);
    }

    private static double mean(float[] a) {
        double s = 0;
        for (float v : a) {
            s += v;
        }
        return a.length == 0 ? 0 : s / a.length;
    }
}
