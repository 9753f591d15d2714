package io.heed.bench.ctr;

import io.heed.ctr.CalibrationMethod;
import io.heed.ctr.CtrExamples;
import io.heed.ctr.data.CriteoReader;
import io.heed.ctr.data.Encoder;
import io.heed.ctr.data.LibfmReader;
import io.heed.ctr.data.TaobaoReader;
import io.heed.ctr.eval.Folds;
import io.heed.ctr.eval.ModelSelection.Candidate;
import io.heed.ctr.eval.Splits;
import io.heed.ctr.features.FeaturePipeline;
import io.heed.ctr.features.FeatureSpec;
import io.heed.ctr.fm.FmConfig;
import io.heed.ctr.gbdt.GbdtConfig;
import io.heed.ctr.gbdt.GbdtTrainer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The benchmark's data sets, their protocols and Heed's candidate grids. Frappe: random 80/20 split of the
 * validation file, seed 42 (the split both peers run on too), validation = a seeded random 10% of the training rows. Criteo,
 * Taobao: time-ordered 80/20, validation = the latest 10% of the training rows. OBD (207 clicks in all): repeated
 * stratified 5-fold, validation = stratified 3-fold inside each training part; its trees come only inside blends
 * with batch LR, shallow (depth 3–4, 100–200 rounds), as the peer-sized trees would dominate the run. Every grid is
 * chosen on validation.
 */
final class CtrSets {
    private static final double TEST = 0.2;
    private static final double VALIDATION = 0.1;

    private CtrSets() {}

    static CtrSet frappe(Path data, boolean quick) throws IOException {
        FeatureSpec spec = FeatureSpec.of(18, LibfmReader.FRAPPE_FIELDS).withCrosses(List.of(List.of("user", "item")));
        Encoder enc = new Encoder(new FeaturePipeline(spec));
        new LibfmReader(LibfmReader.FRAPPE_FIELDS).read(data.resolve("frappe-libfm/frappe.validation.libfm"), enc);
        List<Candidate> c = new ArrayList<>(
                Grids.ftrl(new double[] {0.1, 0.2}, new double[] {0, 0.5}, new double[] {1}, new int[] {10}));
        FmConfig fm = new FmConfig(128, 0.05, 1e-4, 1e-3, 30, 0.01, 42, 0.1);
        c.addAll(Grids.fm(fm, new int[] {64, 128}, new double[] {0.05}, new double[] {1e-3, 1e-4}));
        c.addAll(Grids.fm(fm, new int[] {128}, new double[] {0.02}, new double[] {1e-3}));
        return new CtrSet(
                "frappe",
                "frappe-libfm validation file",
                spec,
                "random 80/20 split, seed 42",
                List.of(Splits.random(enc.build(), TEST, 42)),
                train -> List.of(Splits.random(train, VALIDATION, 7)),
                withTrees(c, quick),
                CalibrationMethod.NONE,
                null);
    }

    static CtrSet criteo(Path data, boolean quick) throws IOException {
        FeatureSpec spec = CriteoReader.spec(16);
        Encoder enc = new Encoder(new FeaturePipeline(spec));
        CriteoReader.read(data.resolve("criteo-sample/train.tiny.csv"), enc);
        List<Candidate> c = new ArrayList<>(
                Grids.ftrl(new double[] {0.02, 0.05, 0.1}, new double[] {0, 1}, new double[] {1}, new int[] {1, 3}));
        c.addAll(Grids.fm(
                new FmConfig(8, 0.02, 1e-3, 1e-2, 20, 0.01, 42, 0.1),
                new int[] {4, 8},
                new double[] {0.01, 0.02},
                new double[] {1e-2}));
        return timed("criteo", "criteo-sample train.tiny.csv (1,999 rows)", spec, enc.build(), c, quick);
    }

    static CtrSet obd(Path data, boolean quick) throws IOException {
        FeatureSpec spec = ObdReader.spec(16);
        Encoder enc = new Encoder(new FeaturePipeline(spec));
        for (String policy : List.of("random", "bts")) {
            for (String campaign : List.of("men", "women")) {
                ObdReader.read(
                        data.resolve("obd-sample/" + policy + "/" + campaign + "/" + campaign + ".csv"), campaign, enc);
            }
        }
        List<Candidate> c = new ArrayList<>(
                Grids.ftrl(new double[] {0.1, 0.3}, new double[] {0, 1}, new double[] {1, 10}, new int[] {5, 20}));
        c.addAll(Grids.fm(
                new FmConfig(4, 0.01, 1e-2, 1e-2, 10, 0.01, 42, 0.1),
                new int[] {4},
                new double[] {0.01, 0.05},
                new double[] {1e-2, 1e-3}));
        // Full-batch L2 LR (the peer's model, fitted by Heed) and its blends with shallow trees: both found better
        // than FTRL inside the training parts (BENCHMARKS.md, issue 5, OBD diagnosis); each split still chooses.
        c.addAll(Grids.lr(new double[] {0.3, 1, 3}));
        c.addAll(Grids.blends(
                new double[] {0.3, 1},
                List.of(new GbdtConfig(100, 4, 0.1, 1, 1, 1, 2, 42), new GbdtConfig(200, 3, 0.05, 1, 1, 1, 2, 42))));
        int repeats = quick ? 1 : 2;
        // -Dheed.bench.ctr.obd.seed=44 grades on fresh folds (a check of the protocol; the published run uses 42)
        long seed = Long.getLong("heed.bench.ctr.obd.seed", 42);
        return new CtrSet(
                "obd",
                "obd-sample random+bts, men+women, item_context joined (40,000 impressions)",
                spec,
                repeats + "× stratified 5-fold (seeds " + seed + "..), mean over folds; peers on the same folds",
                Folds.repeated(enc.build(), 5, repeats, seed),
                train -> Folds.repeated(train, 3, 1, 7),
                List.copyOf(c),
                CalibrationMethod.NONE,
                null);
    }

    static CtrSet taobao(Path data, boolean quick) throws IOException {
        FeatureSpec spec = TaobaoReader.spec(18);
        Encoder enc = new Encoder(new FeaturePipeline(spec));
        TaobaoReader.read(data.resolve("taobao-userbehavior-sample/time-slice/UserBehavior.csv"), enc);
        List<Candidate> c = new ArrayList<>(
                Grids.ftrl(new double[] {0.02, 0.05, 0.1}, new double[] {0, 1}, new double[] {1}, new int[] {1, 3}));
        FmConfig fm = new FmConfig(8, 0.02, 1e-3, 1e-2, 20, 0.01, 42, 0.1);
        c.addAll(Grids.fm(fm, new int[] {8, 16}, new double[] {0.02}, new double[] {1e-2, 1e-3}));
        return timed("taobao", "taobao time-slice: page view → cart/buy of the item", spec, enc.build(), c, quick);
    }

    /** A set with a clock: time-ordered 80/20, validation = the latest 10% of the training rows. */
    static CtrSet timed(
            String key, String description, FeatureSpec spec, CtrExamples all, List<Candidate> c, boolean quick) {
        return new CtrSet(
                key,
                description,
                spec,
                "time-ordered 80/20",
                List.of(Splits.byTime(all, TEST)),
                latest(),
                withTrees(c, quick),
                CalibrationMethod.NONE,
                null);
    }

    static Function<CtrExamples, List<Splits.Split>> latest() {
        return train -> List.of(Splits.byTime(train, VALIDATION));
    }

    /** XGBoost4J trees join the candidates in the full run; {@code --quick} leaves them out (minutes each). */
    private static List<Candidate> withTrees(List<Candidate> c, boolean quick) {
        if (!quick) {
            c.add(new Candidate("gbdt " + GbdtConfig.defaults(), new GbdtTrainer(GbdtConfig.defaults())));
        }
        return List.copyOf(c);
    }
}
