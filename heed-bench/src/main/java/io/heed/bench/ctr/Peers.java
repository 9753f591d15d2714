package io.heed.bench.ctr;

import io.heed.bench.PeerProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The two peers on the same libSVM split: Debian's xgboost command-line program (1.7; 300 rounds, depth 8, eta 0.1;
 * tree_method hist, xgboost's default since 2.0, so 0.75 M rows train in seconds rather than many minutes) and
 * scikit-learn's LogisticRegression (C = 1, lbfgs) under /usr/bin/python3. Each returns its test-set
 * probabilities in file order; Heed computes every metric with the same code for all sides.
 */
final class Peers {
    static final String XGBOOST = "/usr/bin/xgboost";
    private static final String SKLEARN_LR = String.join(
            "\n",
            "import sys, numpy as np",
            "from sklearn.datasets import load_svmlight_file",
            "from sklearn.linear_model import LogisticRegression",
            "n = int(sys.argv[3])",
            "xtr, ytr = load_svmlight_file(sys.argv[1], n_features=n + 1)",
            "xte, yte = load_svmlight_file(sys.argv[2], n_features=n + 1)",
            "m = LogisticRegression(C=1.0, max_iter=1000).fit(xtr, ytr)",
            "np.savetxt(sys.argv[4], m.predict_proba(xte)[:, 1])");

    private Peers() {}

    static double[] xgboost(PeerFiles.Written f, Path dir, int threads) throws IOException, InterruptedException {
        Path conf = dir.resolve("xgboost.conf");
        Path model = dir.resolve("xgboost.model");
        Path pred = dir.resolve("xgboost.pred");
        Files.writeString(
                conf,
                String.join(
                        "\n",
                        "booster = gbtree",
                        "tree_method = hist",
                        "objective = binary:logistic",
                        "eta = 0.1",
                        "max_depth = 8",
                        "num_round = 300",
                        "nthread = " + threads,
                        "seed = 42",
                        "data = \"" + f.train().toAbsolutePath() + "?format=libsvm\"",
                        "model_out = \"" + model.toAbsolutePath() + "\"",
                        ""));
        String install = "apt-get install -y xgboost";
        PeerProcess.run("xgboost", install, XGBOOST, conf.toString(), "silent=1");
        PeerProcess.run(
                "xgboost",
                install,
                XGBOOST,
                conf.toString(),
                "task=pred",
                "model_in=" + model.toAbsolutePath(),
                "test:data=" + f.test().toAbsolutePath() + "?format=libsvm",
                "name_pred=" + pred.toAbsolutePath());
        return read(pred);
    }

    static double[] sklearnLogistic(PeerFiles.Written f, Path dir) throws IOException, InterruptedException {
        Path pred = dir.resolve("sklearn.pred");
        PeerProcess.run(
                "scikit-learn",
                "apt-get install -y python3-sklearn",
                PeerProcess.PYTHON,
                "-c",
                SKLEARN_LR,
                f.train().toString(),
                f.test().toString(),
                Integer.toString(f.columns()),
                pred.toString());
        return read(pred);
    }

    static String xgboostVersion() throws IOException, InterruptedException {
        return PeerProcess.run("xgboost", "apt-get install -y xgboost", XGBOOST, "--version")
                .strip();
    }

    private static double[] read(Path file) throws IOException {
        return Files.readAllLines(file).stream()
                .filter(s -> !s.isBlank())
                .mapToDouble(Double::parseDouble)
                .toArray();
    }
}
