package io.heed.recsys.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.heed.recsys.Interactions;
import io.heed.recsys.Synthetic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RandomSearchTest {
    private final Interactions data = Synthetic.blocks(200, 40, 4, 7);

    @Test
    void stopsAfterPatienceTrialsWithoutGainAndSavesTheBestWithItsScores(@TempDir Path tmp) throws IOException {
        // an impossible min-delta: nothing after the first (default) trial counts as an improvement
        RandomSearch.Result r =
                RandomSearch.run(data, "item-knn", SplitProtocol.RANDOM, 0.2, 42, 10, 2, 1.0, line -> {});
        assertThat(r.trialsRun()).isEqualTo(3);
        assertThat(r.stoppedEarly()).isTrue();
        assertThat(r.bestParams()).isEmpty(); // the defaults
        assertThat(r.bestValidationNdcg10()).isEqualTo(r.trials().get(0).validationNdcg10());
        assertThat(r.testNdcg10()).isGreaterThan(0);

        Path f = tmp.resolve("tuned.json");
        RandomSearch.save(r, f);
        assertThat(RandomSearch.load(f)).isEqualTo(r);
    }

    @Test
    void samplesTheSpaceAndKeepsTheBestValidationScore() {
        RandomSearch.Result r = RandomSearch.run(data, "ials", SplitProtocol.RANDOM, 0.2, 42, 4, 4, 0, line -> {});
        assertThat(r.trialsRun()).isEqualTo(4);
        assertThat(r.trials())
                .allSatisfy(t -> assertThat(r.bestValidationNdcg10()).isGreaterThanOrEqualTo(t.validationNdcg10()));
        assertThat(r.trials().get(1).params()).containsKeys("regularization", "alpha");
    }

    @Test
    void badSettingsAndFilesAreClearErrors(@TempDir Path tmp) throws IOException {
        assertThatThrownBy(() -> RandomSearch.run(data, "ials", SplitProtocol.RANDOM, 0.2, 1, 0, 1, 0, l -> {}))
                .hasMessageContaining("trials");
        assertThatThrownBy(() -> RandomSearch.run(data, "lda", SplitProtocol.RANDOM, 0.2, 1, 3, 1, 0, l -> {}))
                .hasMessageContaining("unknown model 'lda'");
        Path bad = Files.writeString(tmp.resolve("bad.json"), "{\"model\": \"ials\", \"bestParams\": [1,");
        assertThatThrownBy(() -> RandomSearch.load(bad)).hasMessageContaining("bad.json");
    }
}
