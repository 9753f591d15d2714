package io.heed.recsys.cf;

import io.heed.recsys.RecTrainer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every recommender by its CLI name, built from its defaults with named numeric overrides (what {@code heed
 * evaluate}, {@code heed tune} and the demo use), plus the search space {@code heed tune} samples from.
 */
public final class Algorithms {
    /** The CLI names, baselines first. */
    public static final List<String> NAMES =
            List.of("popularity", "item-knn", "ials", "bpr", "ease", "embedding", "ensemble");

    private Algorithms() {}

    /** One tunable parameter: sampled uniformly, or log-uniformly, in [lo, hi]; rounded when {@code integer}. */
    public record Range(double lo, double hi, boolean log, boolean integer) {
        public double sample(java.util.Random rnd) {
            double u = rnd.nextDouble();
            double v = log ? Math.exp(Math.log(lo) + u * (Math.log(hi) - Math.log(lo))) : lo + u * (hi - lo);
            return integer ? Math.round(v) : v;
        }
    }

    /** A trainer of {@code name} with {@code params} overriding its defaults; {@code seed} seeds its randomness. */
    public static RecTrainer trainer(String name, Map<String, Double> params, long seed) {
        Params p = new Params(name, params);
        RecTrainer t = switch (name) {
            case "popularity" -> new PopularityTrainer(new PopularityConfig(p.get("halfLifeDays", 0)));
            case "item-knn" -> {
                ItemKnnConfig d = ItemKnnConfig.defaults();
                yield new ItemKnnTrainer(
                        new ItemKnnConfig(p.integer("neighbours", d.neighbours()), p.get("shrink", d.shrink())));
            }
            case "ials" -> {
                IalsConfig d = IalsConfig.defaults();
                yield new IalsTrainer(new IalsConfig(
                        p.integer("factors", d.factors()),
                        p.integer("iterations", d.iterations()),
                        p.get("regularization", d.regularization()),
                        p.get("alpha", d.alpha()),
                        p.integer("cgSteps", d.cgSteps()),
                        d.threads(),
                        seed));
            }
            case "bpr" -> {
                BprConfig d = BprConfig.defaults();
                yield new BprTrainer(new BprConfig(
                        p.integer("factors", d.factors()),
                        p.integer("epochs", d.epochs()),
                        p.get("learningRate", d.learningRate()),
                        p.get("regularization", d.regularization()),
                        d.threads(),
                        seed));
            }
            case "ease" -> {
                EaseConfig d = EaseConfig.defaults();
                yield new EaseTrainer(new EaseConfig(p.get("lambda", d.lambda()), p.integer("maxItems", d.maxItems())));
            }
            case "embedding" -> new EmbeddingTrainer(EmbeddingConfig.defaults().with(p, seed));
            case "ensemble" ->
                new EnsembleTrainer(
                        List.of(
                                new EaseTrainer(EaseConfig.defaults()),
                                new IalsTrainer(IalsConfig.defaults().withSeed(seed)),
                                new ItemKnnTrainer(ItemKnnConfig.defaults())),
                        new double[] {p.get("easeWeight", 0.3), p.get("ialsWeight", 0.6), p.get("knnWeight", 0.1)});
            default -> throw new IllegalArgumentException("unknown model '" + name + "'; one of " + NAMES);
        };
        p.checkAllUsed();
        return t;
    }

    /** What {@code heed tune} samples for {@code name}. */
    public static Map<String, Range> searchSpace(String name) {
        Map<String, Range> m = new LinkedHashMap<>();
        switch (name) {
            case "popularity" -> m.put("halfLifeDays", new Range(1, 365, true, false));
            case "item-knn" -> {
                m.put("neighbours", new Range(10, 400, true, true));
                m.put("shrink", new Range(0, 100, false, false));
            }
            case "ials" -> {
                m.put("regularization", new Range(1, 200, true, false));
                m.put("alpha", new Range(0.5, 20, true, false));
            }
            case "bpr" -> {
                m.put("learningRate", new Range(0.005, 0.2, true, false));
                m.put("regularization", new Range(0.001, 0.1, true, false));
                m.put("epochs", new Range(20, 200, true, true));
            }
            case "ease" -> m.put("lambda", new Range(10, 5000, true, false));
            case "embedding" -> {
                m.put("learningRate", new Range(0.001, 0.05, true, false));
                m.put("regularization", new Range(1e-6, 1e-3, true, false));
                m.put("negatives", new Range(1, 8, false, true));
            }
            case "ensemble" -> {
                m.put("easeWeight", new Range(0, 1, false, false));
                m.put("ialsWeight", new Range(0, 1, false, false));
                m.put("knnWeight", new Range(0, 1, false, false));
            }
            default -> throw new IllegalArgumentException("unknown model '" + name + "'; one of " + NAMES);
        }
        return m;
    }

    /** Overrides read by name; a name no algorithm reads is an error, not silently ignored. */
    static final class Params {
        private final String algorithm;
        private final Map<String, Double> values;
        private final Set<String> used = new java.util.HashSet<>();

        Params(String algorithm, Map<String, Double> values) {
            this.algorithm = algorithm;
            this.values = values;
            values.forEach((k, v) -> {
                if (v == null || !Double.isFinite(v)) {
                    throw new IllegalArgumentException(
                            algorithm + " parameter " + k + " must be a finite number, got " + v);
                }
            });
        }

        double get(String key, double fallback) {
            used.add(key);
            return values.getOrDefault(key, fallback);
        }

        int integer(String key, int fallback) {
            double v = get(key, fallback);
            if (v != Math.rint(v)) {
                throw new IllegalArgumentException(
                        algorithm + " parameter " + key + " must be a whole number, got " + v);
            }
            return (int) v;
        }

        void checkAllUsed() {
            for (String k : values.keySet()) {
                if (!used.contains(k)) {
                    throw new IllegalArgumentException("unknown parameter '" + k + "' for " + algorithm);
                }
            }
        }
    }
}
