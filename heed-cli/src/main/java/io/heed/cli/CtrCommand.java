package io.heed.cli;

import io.heed.app.Models;
import io.heed.ctr.CalibrationMethod;
import io.heed.ctr.Contribution;
import io.heed.ctr.CtrExamples;
import io.heed.ctr.CtrModel;
import io.heed.ctr.CtrModelFiles;
import io.heed.ctr.CtrModels;
import io.heed.ctr.CtrTrainer;
import io.heed.ctr.Explanation;
import io.heed.ctr.blend.BlendTrainer;
import io.heed.ctr.data.CtrFormat;
import io.heed.ctr.data.Encoder;
import io.heed.ctr.eval.CtrEvaluation;
import io.heed.ctr.eval.ReliabilityBin;
import io.heed.ctr.eval.Splits;
import io.heed.ctr.explain.WhyThisAd;
import io.heed.ctr.features.CtrRequest;
import io.heed.ctr.features.FeaturePipeline;
import io.heed.ctr.features.FeatureSpec;
import io.heed.ctr.fm.FmConfig;
import io.heed.ctr.fm.FmTrainer;
import io.heed.ctr.ftrl.FtrlConfig;
import io.heed.ctr.ftrl.FtrlTrainer;
import io.heed.ctr.gbdt.GbdtConfig;
import io.heed.ctr.gbdt.GbdtTrainer;
import io.heed.ctr.lr.LrConfig;
import io.heed.ctr.lr.LrTrainer;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code heed ctr train|evaluate|explain}: click models on a training file, saved as versioned artifacts. */
@Command(
        name = "ctr",
        mixinStandardHelpOptions = true,
        description = "Train, evaluate and explain click-through (pCTR) models.",
        subcommands = {CtrCommand.Train.class, CtrCommand.Evaluate.class, CtrCommand.Explain.class})
public final class CtrCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(System.out);
        return 0;
    }

    /** The model families by CLI name. */
    enum Algorithm {
        FTRL,
        FM,
        GBDT,
        LR,
        BLEND
    }

    /** {@code model} if given, else the click model's default file under the data directory. */
    public static Path modelPath(Path dataDir, Path model) {
        return model != null ? model : io.heed.app.config.ModelsConfig.defaultCtr(dataDir);
    }

    static CtrTrainer trainer(Algorithm a) {
        return switch (a) {
            case FTRL -> new FtrlTrainer(new FtrlConfig(0.05, 1, 1, 1, 2));
            case FM -> new FmTrainer(FmConfig.defaults().withFactors(16));
            case GBDT -> new GbdtTrainer(GbdtConfig.defaults());
            case LR -> new LrTrainer(LrConfig.defaults());
            // batch LR with shallow trees: the blend that won OBD's validation (BENCHMARKS.md, issue 5)
            case BLEND ->
                new BlendTrainer(List.of(
                        new LrTrainer(LrConfig.defaults()),
                        new GbdtTrainer(new GbdtConfig(200, 3, 0.05, 1, 1, 1, 2, 42))));
        };
    }

    static CtrExamples read(CtrFormat format, Path data, FeatureSpec spec) throws IOException {
        Encoder enc = new Encoder(new FeaturePipeline(spec));
        format.read(data, enc);
        return enc.build();
    }

    static void printEvaluation(PrintStream out, String what, CtrEvaluation e) {
        out.printf(
                "%s: %,d rows, click rate %.4f%n  AUC %.4f  log loss %.4f  normalised entropy %.4f  ECE %.4f%n",
                what, e.rows(), e.positiveRate(), e.auc(), e.logLoss(), e.normalizedEntropy(), e.ece());
        out.print(ReliabilityBin.plot(e.reliability()));
    }

    /** Where the training or evaluation rows come from. */
    static final class Input {
        @Option(
                names = "--format",
                defaultValue = "SIM",
                description = "SIM, FRAPPE, CRITEO or TAOBAO (default: ${DEFAULT-VALUE}).")
        CtrFormat format;

        @Option(
                names = "--data",
                defaultValue = "heed-data/sim",
                description = "File or sim directory (default: ${DEFAULT-VALUE}).")
        Path data;
    }

    /** The model file: --model, else <data-dir>/models/ctr.heedctr. */
    static final class ModelFile {
        @Option(
                names = "--data-dir",
                defaultValue = "heed-data",
                description = "Default model location (default: ${DEFAULT-VALUE}).")
        Path dataDir;

        @Option(names = "--model", description = "Model file (default: <data-dir>/models/ctr.heedctr).")
        Path model;

        Path path() {
            return modelPath(dataDir, model);
        }
    }

    @Command(
            name = "train",
            mixinStandardHelpOptions = true,
            description = "Train on the first 80%% (by time; Frappe: random, seed 42), report on the rest, save.")
    static final class Train implements Callable<Integer> {
        @Mixin
        Input input;

        @Mixin
        ModelFile file;

        @Option(
                names = "--algorithm",
                defaultValue = "FTRL",
                description =
                        "FTRL, FM, GBDT, LR (batch L2) or BLEND (LR + shallow trees) (default: ${DEFAULT-VALUE}).")
        Algorithm algorithm;

        @Option(
                names = "--bits",
                defaultValue = "20",
                description = "Hashing space 2^bits (default: ${DEFAULT-VALUE}).")
        int bits;

        @Option(
                names = "--calibration",
                defaultValue = "PLATT",
                description =
                        "NONE, PLATT or ISOTONIC, fitted on the latest 10%% of training rows (default: ${DEFAULT-VALUE}).")
        CalibrationMethod calibration;

        @Override
        public Integer call() throws IOException {
            FeatureSpec spec = input.format.spec(bits);
            CtrExamples all = read(input.format, input.data, spec);
            Splits.Split split = input.format.timeOrdered() ? Splits.byTime(all, 0.2) : Splits.random(all, 0.2, 42);
            long t0 = System.nanoTime();
            CtrModel m = CtrModels.train(
                    trainer(algorithm), spec, split.train(), 0.1, calibration, input.format + " " + input.data, 42);
            System.out.printf(
                    "trained %s on %,d rows in %.1f s%n",
                    m.algorithm(), split.train().size(), (System.nanoTime() - t0) / 1e9);
            CtrEvaluation e = CtrEvaluation.of(m, split.test());
            printEvaluation(System.out, "held-out 20%", e);
            Map<String, Double> metrics = new LinkedHashMap<>();
            e.figures().forEach((k, v) -> metrics.put("test_" + k, v));
            m = m.withProvenance(m.provenance().withMetrics(metrics));
            Path out = file.path();
            CtrModelFiles.save(m, out);
            System.out.println("saved " + out);
            return 0;
        }
    }

    @Command(name = "evaluate", mixinStandardHelpOptions = true, description = "Score a saved model on a file.")
    static final class Evaluate implements Callable<Integer> {
        @Mixin
        Input input;

        @Mixin
        ModelFile file;

        @Override
        public Integer call() throws IOException {
            CtrModel m = new Models(null, file.path()).requireCtr();
            CtrExamples all = read(input.format, input.data, m.spec());
            printEvaluation(System.out, m.algorithm() + " on " + input.data, CtrEvaluation.of(m, all));
            return 0;
        }
    }

    @Command(
            name = "explain",
            mixinStandardHelpOptions = true,
            description = "Predict one impression and show its top contributing features and the user-facing text.")
    static final class Explain implements Callable<Integer> {
        @Mixin
        ModelFile file;

        @Option(
                names = "--field",
                paramLabel = "NAME=VALUE",
                description = "A categorical field, e.g. --field user=u000001 --field category=sports.")
        Map<String, String> fields = new LinkedHashMap<>();

        @Option(names = "--number", paramLabel = "NAME=VALUE", description = "A numeric field, e.g. --number seen=2.")
        Map<String, Double> numbers = new LinkedHashMap<>();

        @Option(
                names = "--top",
                defaultValue = "5",
                description = "How many contributions (default: ${DEFAULT-VALUE}).")
        int top;

        @Override
        public Integer call() throws IOException {
            CtrModel m = new Models(null, file.path()).requireCtr();
            CtrRequest.Builder b = CtrRequest.builder();
            fields.forEach(b::put);
            numbers.forEach(b::put);
            Explanation e = m.explain(b.build(), top);
            System.out.printf(
                    "%s: p(click) = %.5f (log-odds %.3f, bias %.3f)%n",
                    e.algorithm(), e.probability(), e.logOdds(), e.bias());
            for (Contribution c : e.top()) {
                System.out.printf("  %+8.4f  %s%n", c.logOdds(), c.feature());
            }
            System.out.println(WhyThisAd.text(e, 3));
            return 0;
        }
    }
}
