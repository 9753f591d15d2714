package io.heed.recsys.cf;

import java.util.Map;
import java.util.TreeMap;

/**
 * BPR (Rendle et al. 2009) settings: matrix factorisation with item biases trained by stochastic gradient ascent on
 * sampled (user, positive, negative) triples.
 *
 * @param factors latent dimension
 * @param epochs passes, each drawing as many triples as there are interactions
 * @param learningRate SGD step
 * @param regularization L2 penalty on the touched parameters
 * @param threads worker threads updating the shared factors lock-free (Hogwild); results are reproducible for a
 *     given seed only with one thread
 * @param seed seed of the initialisation and of every worker's sampler
 */
public record BprConfig(int factors, int epochs, double learningRate, double regularization, int threads, long seed) {
    public BprConfig {
        Checks.range("factors", factors, 1, 4096);
        Checks.atLeast("epochs", epochs, 1);
        Checks.positive("learningRate", learningRate);
        Checks.nonNegative("regularization", regularization);
        Checks.atLeast("threads", threads, 1);
    }

    /** 64 factors, 100 epochs, step 0.05, L2 0.02 (chosen on MovieLens-small's validation split). */
    public static BprConfig defaults() {
        return new BprConfig(
                64,
                100,
                0.05,
                0.02,
                Math.max(1, Math.min(8, Runtime.getRuntime().availableProcessors())),
                42);
    }

    public BprConfig with(int epochs, double learningRate, double regularization) {
        return new BprConfig(factors, epochs, learningRate, regularization, threads, seed);
    }

    public Map<String, String> params() {
        Map<String, String> m = new TreeMap<>();
        m.put("factors", Integer.toString(factors));
        m.put("epochs", Integer.toString(epochs));
        m.put("learningRate", Double.toString(learningRate));
        m.put("regularization", Double.toString(regularization));
        m.put("threads", Integer.toString(threads));
        return m;
    }
}
