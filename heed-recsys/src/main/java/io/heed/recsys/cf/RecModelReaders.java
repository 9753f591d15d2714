package io.heed.recsys.cf;

import io.heed.recsys.ModelFiles;
import io.heed.recsys.RecModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Every recommender that can be loaded from a model file, one line per algorithm (algorithm name → payload
 * reader). It lives with the algorithms so that the contract ({@link ModelFiles}) names none of them: the
 * dependency points from cf to the contract only.
 */
public final class RecModelReaders {
    /** The registry: algorithm name → payload reader. */
    public static final Map<String, ModelFiles.PayloadReader> ALL = Map.of(
            PopularityModel.ALGORITHM, PopularityModel::read,
            ItemKnnModel.ALGORITHM, ItemKnnModel::read,
            IalsModel.ALGORITHM, IalsModel::read,
            EaseModel.ALGORITHM, EaseModel::read,
            BprModel.ALGORITHM, BprModel::read,
            EmbeddingModel.ALGORITHM, EmbeddingModel::read,
            EnsembleModel.ALGORITHM, EnsembleModel::read);

    private RecModelReaders() {}

    /** Loads a model file of any registered algorithm. */
    public static RecModel load(Path file) throws IOException {
        return ModelFiles.load(file, ALL);
    }
}
