package io.heed.recsys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.heed.recsys.cf.RecModelReaders;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Model files written by format version 1 (src/test/resources/golden, trained on a fixed 4-user data set) must keep
 * loading and scoring the same. When the format changes, add a reader for the old version; never regenerate these.
 */
class GoldenArtifactTest {

    @ParameterizedTest
    @CsvSource({"popularity, b, 2.0", "ials, c, 0.39423272", "ease, b, 0.18181819", "item-knn, b, 0.4082483"})
    void formatVersionOneFilesStillLoad(String algorithm, String firstItem, float firstScore)
            throws IOException, URISyntaxException {
        Path file = Path.of(
                getClass().getResource("/golden/" + algorithm + "-v1.heedmodel").toURI());

        RecModel m = RecModelReaders.load(file);

        assertThat(m.algorithm()).isEqualTo(algorithm);
        assertThat(m.provenance().formatVersion()).isEqualTo(1);
        assertThat(m.provenance().data()).isEqualTo("golden tiny");
        List<Recommendation> recs = m.scorer().recommend("u2", 2, SeenItems.EXCLUDE);
        assertThat(recs.get(0).itemId()).isEqualTo(firstItem);
        assertThat(recs.get(0).score()).isCloseTo(firstScore, within(1e-6f));
    }
}
