package io.heed.bench.personas;

import io.heed.bench.PeerProcess;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Runs scikit-learn (Debian's python3-sklearn, under /usr/bin/python3) as a child process on a float64 file and
 * reads back its fit time, inertia and iterations. Fails with the install command when scikit-learn is missing.
 */
final class Sklearn {
    static final String PYTHON = PeerProcess.PYTHON;
    private static final String KMEANS = String.join(
            "\n",
            "import sys, time, numpy as np",
            "from sklearn.cluster import KMeans",
            "path, n, d, k, seed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5])",
            "x = np.fromfile(path, dtype='<f8').reshape(n, d)",
            "t = time.perf_counter()",
            "m = KMeans(n_clusters=k, n_init=1, init='k-means++', algorithm='lloyd', max_iter=300, random_state=seed).fit(x)",
            "print(time.perf_counter() - t, m.inertia_, m.n_iter_)");

    private Sklearn() {}

    static Map<String, Double> kmeans(Path file, int n, int d, int k, long seed)
            throws IOException, InterruptedException {
        String out = run(
                PYTHON,
                "-c",
                KMEANS,
                file.toAbsolutePath().toString(),
                Integer.toString(n),
                Integer.toString(d),
                Integer.toString(k),
                Long.toString(seed));
        String[] f = out.strip().split("\\s+");
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("seconds", Double.parseDouble(f[0]));
        m.put("inertia", Double.parseDouble(f[1]));
        m.put("iterations", Double.parseDouble(f[2]));
        return m;
    }

    static String version() throws IOException, InterruptedException {
        return run(PYTHON, "-c", "import sklearn; print(sklearn.__version__)").strip();
    }

    private static String run(String... cmd) throws IOException, InterruptedException {
        return PeerProcess.run("scikit-learn", "apt-get install -y python3-sklearn", cmd);
    }
}
