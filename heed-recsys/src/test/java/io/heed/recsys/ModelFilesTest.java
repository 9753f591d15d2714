package io.heed.recsys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.heed.core.HeedVersion;
import io.heed.recsys.cf.BprConfig;
import io.heed.recsys.cf.BprTrainer;
import io.heed.recsys.cf.EaseConfig;
import io.heed.recsys.cf.EaseTrainer;
import io.heed.recsys.cf.EnsembleTrainer;
import io.heed.recsys.cf.IalsConfig;
import io.heed.recsys.cf.IalsTrainer;
import io.heed.recsys.cf.ItemKnnConfig;
import io.heed.recsys.cf.ItemKnnTrainer;
import io.heed.recsys.cf.PopularityConfig;
import io.heed.recsys.cf.PopularityTrainer;
import io.heed.recsys.cf.RecModelReaders;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ModelFilesTest {
    @TempDir
    Path dir;

    static Stream<RecTrainer> trainers() {
        return Stream.of(
                new PopularityTrainer(PopularityConfig.counts()),
                new ItemKnnTrainer(new ItemKnnConfig(5, 1)),
                new IalsTrainer(new IalsConfig(4, 3, 1, 2, 3, 2, 7)),
                new EaseTrainer(new EaseConfig(1, 100)),
                new BprTrainer(new BprConfig(4, 5, 0.05, 0.01, 1, 3)),
                new EnsembleTrainer(
                        List.of(
                                new EaseTrainer(new EaseConfig(1, 100)),
                                new IalsTrainer(new IalsConfig(4, 3, 1, 2, 3, 2, 7))),
                        new double[] {0.4, 0.6}));
    }

    @ParameterizedTest
    @MethodSource("trainers")
    void artifactRoundTripKeepsScoresIdsAndProvenance(RecTrainer trainer) throws IOException {
        // given
        Interactions data = Synthetic.blocks(40, 30, 3, 11);
        RecModel model = trainer.fit(data, "synthetic blocks")
                .withProvenance(
                        trainer.fit(data, "synthetic blocks").provenance().withMetrics(Map.of("ndcg10", 0.5)));
        Path file = dir.resolve(trainer.algorithm() + ".heedmodel");

        // when
        ModelFiles.save(model, file);
        RecModel loaded = RecModelReaders.load(file);

        // then
        assertThat(loaded.getClass()).isEqualTo(model.getClass());
        assertThat(loaded.provenance()).isEqualTo(model.provenance());
        assertThat(loaded.provenance().codeVersion()).isEqualTo(HeedVersion.current());
        assertThat(loaded.provenance().formatVersion()).isEqualTo(ModelFiles.FORMAT_VERSION);
        assertThat(loaded.provenance().data()).isEqualTo("synthetic blocks");
        assertThat(loaded.provenance().metrics()).containsEntry("ndcg10", 0.5);
        assertThat(loaded.items().ids()).isEqualTo(model.items().ids());
        RecScorer a = model.scorer();
        RecScorer b = loaded.scorer();
        for (String u : List.of("u0", "u17", "nobody")) {
            assertThat(b.recommend(u, 5, SeenItems.EXCLUDE)).isEqualTo(a.recommend(u, 5, SeenItems.EXCLUDE));
            assertThat(b.score(u, data.items().ids()))
                    .containsExactly(a.score(u, data.items().ids()));
        }
    }

    @Test
    void anotherFormatVersionFailsWithAClearMessage() throws IOException {
        RecModel model = new PopularityTrainer(PopularityConfig.counts()).fit(Synthetic.blocks(5, 5, 1, 1));
        Path file = dir.resolve("m.heedmodel");
        ModelFiles.save(model, file);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek("HEEDMODEL\n".length());
            raf.writeInt(ModelFiles.FORMAT_VERSION + 1);
        }
        assertThatThrownBy(() -> RecModelReaders.load(file))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("format version " + (ModelFiles.FORMAT_VERSION + 1))
                .hasMessageContaining("reads format version " + ModelFiles.FORMAT_VERSION);
    }

    @Test
    void aFileThatIsNoModelIsRefused() throws IOException {
        Path file = dir.resolve("x.heedmodel");
        java.nio.file.Files.writeString(file, "hello");
        assertThatThrownBy(() -> RecModelReaders.load(file)).hasMessageContaining("not a Heed model file");
    }
}
