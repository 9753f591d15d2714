package io.heed.models.eval;

import io.heed.models.RecTrainer;
import java.util.function.LongFunction;

/** A named model under evaluation: a trainer per seed (the seed of its own randomness, if it has any). */
public record ModelSpec(String name, LongFunction<RecTrainer> trainer) {
}
