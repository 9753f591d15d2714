package io.heed.bench.ctr;

import io.heed.models.ctr.CalibrationMethod;
import io.heed.models.ctr.CtrTrainer;
import io.heed.models.ctr.data.CriteoReader;
import io.heed.models.ctr.data.Encoder;
import io.heed.models.ctr.data.LibfmReader;
import io.heed.models.ctr.data.ObdReader;
import io.heed.models.ctr.data.TaobaoReader;
import io.heed.models.ctr.eval.Splits;
import io.heed.models.ctr.features.FeaturePipeline;
import io.heed.models.ctr.features.FeatureSpec;
import io.heed.models.ctr.fm.FmConfig;
import io.heed.models.ctr.fm.FmTrainer;
import io.heed.models.ctr.ftrl.FtrlConfig;
import io.heed.models.ctr.ftrl.FtrlTrainer;
import io.heed.models.ctr.gbdt.GbdtConfig;
import io.heed.models.ctr.gbdt.GbdtTrainer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark's data sets and Heed's settings for each. Frappe: random 80/20 split of the validation file, seed
 * 42 (the protocol); every other set: time-ordered 80/20 (train on the past, test on the future).
 */
final class CtrSets {
    private static final double TEST = 0.2;

    private CtrSets() {
    }

    static CtrSet frappe(Path data, boolean quick) throws IOException {
        FeatureSpec spec = FeatureSpec.of(18, LibfmReader.FRAPPE_FIELDS).withCrosses(List.of(List.of("user", "item")));
        Encoder enc = new Encoder(new FeaturePipeline(spec));
        new LibfmReader(LibfmReader.FRAPPE_FIELDS).read(data.resolve("frappe-libfm/frappe.validation.libfm"), enc);
        return new CtrSet("frappe", "frappe-libfm validation file, random 80/20 split, seed 42", spec,
                Splits.random(enc.build(), TEST, 42),
                trainers(new FtrlConfig(0.1, 1, 0.5, 1, 10),
                        new FmConfig(128, 0.05, 1e-4, 1e-3, 30, 0.01, 42, 0.1), quick), CalibrationMethod.NONE, null);
    }

    static CtrSet criteo(Path data, boolean quick) throws IOException {
        FeatureSpec spec = CriteoReader.spec(16);
        Encoder enc = new Encoder(new FeaturePipeline(spec));
        CriteoReader.read(data.resolve("criteo-sample/train.tiny.csv"), enc);
        return new CtrSet("criteo", "criteo-sample train.tiny.csv (1,999 rows), time-ordered 80/20", spec,
                Splits.byTime(enc.build(), TEST),
                trainers(new FtrlConfig(0.05, 1, 1, 1, 3), new FmConfig(8, 0.02, 1e-3, 1e-2, 20, 0.01, 42, 0.1),
                        quick), CalibrationMethod.NONE, null);
    }

    static CtrSet obd(Path data, boolean quick) throws IOException {
        FeatureSpec spec = ObdReader.spec(16);
        Encoder enc = new Encoder(new FeaturePipeline(spec));
        for (String policy : List.of("random", "bts")) {
            for (String campaign : List.of("men", "women")) {
                ObdReader.read(data.resolve("obd-sample/" + policy + "/" + campaign + "/" + campaign + ".csv"),
                        campaign, enc);
            }
        }
        return new CtrSet("obd", "obd-sample random+bts, men+women (40,000 impressions), time-ordered 80/20", spec,
                Splits.byTime(enc.build(), TEST),
                trainers(new FtrlConfig(0.02, 1, 1, 10, 1), new FmConfig(4, 0.01, 1e-2, 1e-2, 10, 0.01, 42, 0.1),
                        quick), CalibrationMethod.NONE, null);
    }

    static CtrSet taobao(Path data, boolean quick) throws IOException {
        FeatureSpec spec = TaobaoReader.spec(18);
        Encoder enc = new Encoder(new FeaturePipeline(spec));
        TaobaoReader.read(data.resolve("taobao-userbehavior-sample/time-slice/UserBehavior.csv"), enc);
        return new CtrSet("taobao", "taobao time-slice: page view → cart/buy of the item, time-ordered 80/20", spec,
                Splits.byTime(enc.build(), TEST),
                trainers(new FtrlConfig(0.05, 1, 1, 1, 1), new FmConfig(8, 0.02, 1e-3, 1e-2, 20, 0.01, 42, 0.1),
                        quick), CalibrationMethod.NONE, null);
    }

    /**
     * Heed's model for simulated impressions: FTRL (the simulator's click model is logistic in one-hot terms and
     * user × category crosses); FM and trees are left out here, they cost minutes on ~0.7 M rows without gain.
     */
    static List<CtrTrainer> simTrainers() {
        return List.of(new FtrlTrainer(new FtrlConfig(0.1, 1, 0.5, 1, 3)));
    }

    private static List<CtrTrainer> trainers(FtrlConfig ftrl, FmConfig fm, boolean skipTrees) {
        List<CtrTrainer> t = new ArrayList<>(List.of(new FtrlTrainer(ftrl), new FmTrainer(fm)));
        if (!skipTrees) {
            t.add(new GbdtTrainer(GbdtConfig.defaults()));
        }
        return t;
    }
}
