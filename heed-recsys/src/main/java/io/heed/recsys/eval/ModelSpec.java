package io.heed.recsys.eval;

import io.heed.recsys.RecTrainer;
import io.heed.recsys.cf.Algorithms;
import java.util.Map;
import java.util.function.LongFunction;

/** A named model under evaluation: a trainer per seed (the seed of its own randomness, if it has any). */
public record ModelSpec(String name, LongFunction<RecTrainer> trainer) {
    /** {@code name} from {@link Algorithms} with {@code params} over its defaults; checked now, not mid-run. */
    public static ModelSpec of(String name, Map<String, Double> params) {
        Algorithms.trainer(name, params, 0);
        Map<String, Double> copy = Map.copyOf(params);
        return new ModelSpec(name, seed -> Algorithms.trainer(name, copy, seed));
    }
}
