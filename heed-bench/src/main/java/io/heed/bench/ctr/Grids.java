package io.heed.bench.ctr;

import io.heed.ctr.blend.BlendTrainer;
import io.heed.ctr.eval.ModelSelection.Candidate;
import io.heed.ctr.fm.FmConfig;
import io.heed.ctr.fm.FmTrainer;
import io.heed.ctr.ftrl.FtrlConfig;
import io.heed.ctr.ftrl.FtrlTrainer;
import io.heed.ctr.gbdt.GbdtConfig;
import io.heed.ctr.gbdt.GbdtTrainer;
import io.heed.ctr.lr.LrConfig;
import io.heed.ctr.lr.LrTrainer;
import java.util.ArrayList;
import java.util.List;

/** Small hyperparameter grids (full cross products) as labelled candidates for validation-based selection. */
final class Grids {
    private Grids() {}

    static List<Candidate> ftrl(double[] alphas, double[] l1s, double[] l2s, int[] epochs) {
        List<Candidate> out = new ArrayList<>();
        for (double a : alphas) {
            for (double l1 : l1s) {
                for (double l2 : l2s) {
                    for (int e : epochs) {
                        out.add(new Candidate(
                                "ftrl-lr alpha=" + a + " l1=" + l1 + " l2=" + l2 + " epochs=" + e,
                                new FtrlTrainer(new FtrlConfig(a, 1, l1, l2, e))));
                    }
                }
            }
        }
        return out;
    }

    /** FM grids around {@code base}: factors × learning rate × factor L2 (linear L2 and the rest from base). */
    static List<Candidate> fm(FmConfig base, int[] factors, double[] rates, double[] l2Factors) {
        List<Candidate> out = new ArrayList<>();
        for (int k : factors) {
            for (double lr : rates) {
                for (double l2 : l2Factors) {
                    out.add(new Candidate(
                            "fm k=" + k + " lr=" + lr + " l2=" + base.l2Linear() + "/" + l2,
                            new FmTrainer(
                                    base.withFactors(k).withLearningRate(lr).withL2(base.l2Linear(), l2))));
                }
            }
        }
        return out;
    }

    /** Full-batch L2 logistic regression, one candidate per L2 strength (1 / C in scikit-learn's terms). */
    static List<Candidate> lr(double[] l2s) {
        List<Candidate> out = new ArrayList<>();
        for (double l2 : l2s) {
            out.add(new Candidate(
                    "batch-lr l2=" + l2, new LrTrainer(LrConfig.defaults().withL2(l2))));
        }
        return out;
    }

    /** Equal-weight log-odds blends of batch LR (each L2) with boosted trees (each config). */
    static List<Candidate> blends(double[] l2s, List<GbdtConfig> trees) {
        List<Candidate> out = new ArrayList<>();
        for (double l2 : l2s) {
            for (GbdtConfig t : trees) {
                out.add(new Candidate(
                        "blend batch-lr l2=" + l2 + " + gbdt " + t.rounds() + "x depth " + t.maxDepth() + " eta "
                                + t.eta(),
                        new BlendTrainer(
                                List.of(new LrTrainer(LrConfig.defaults().withL2(l2)), new GbdtTrainer(t)))));
            }
        }
        return out;
    }
}
