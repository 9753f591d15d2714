package io.heed.events.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.heed.events.ingest.FormatDetector;
import io.heed.events.ingest.IngestFormat;
import io.heed.events.ingest.IngestReport;
import io.heed.events.ingest.ProgressListener;
import io.heed.events.validate.ValidationPolicy;
import io.heed.storage.HeedStore;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built-in mappings on the real public data sets in ../shared/data (never copied into the repository).
 * Skipped, saying so, where that folder is absent.
 */
class SharedDataIngestTest {
    @TempDir
    Path dir;

    static Path shared(String relative) {
        String root = System.getProperty("heed.shared.data", "../shared/data");
        Path p = Path.of(root).resolve(relative);
        assumeTrue(Files.exists(p), "shared data set not present, skipped: " + p);
        return p;
    }

    IngestReport ingest(Path file) throws Exception {
        IngestFormat format = FormatDetector.detect(file).orElseThrow();
        try (HeedStore store = HeedStore.openEmbedded(dir.resolve("data"))) {
            return EventStore.of(store)
                    .ingestFile(
                            file,
                            format,
                            ValidationPolicy.defaults(),
                            MappingOptions.defaults(),
                            ProgressListener.NONE);
        }
    }

    @Test
    void movieLensSmallAllRatings() throws Exception {
        IngestReport r = ingest(shared("movielens-small/ratings.csv"));
        assertThat(r.format()).isEqualTo("movielens-ratings");
        assertThat(r.rowsRead()).isEqualTo(100_836);
        assertThat(r.accepted()).isEqualTo(100_836);
        assertThat(r.quarantined()).isZero();
    }

    @Test
    void movieLens100k() throws Exception {
        IngestReport r = ingest(shared("movielens-100k/u.data"));
        assertThat(r.format()).isEqualTo("movielens-100k");
        assertThat(r.accepted()).isEqualTo(100_000);
    }

    @Test
    void openBanditDatasetImpressionsAndClicks() throws Exception {
        IngestReport r = ingest(shared("obd-sample/random/men/men.csv"));
        assertThat(r.format()).isEqualTo("obd");
        // 10,000 impressions and the 46 clicks the data set's README counts.
        assertThat(r.accepted()).isEqualTo(10_046);
        assertThat(r.quarantined()).isZero();
    }

    @Test
    void criteoTinyTrain() throws Exception {
        IngestReport r = ingest(shared("criteo-sample/train.tiny.csv"));
        assertThat(r.format()).isEqualTo("criteo");
        assertThat(r.quarantined()).isZero();
        assertThat(r.accepted()).isGreaterThan(1_999);
    }

    @Test
    void taobaoTimeSliceEveryRowAccountedFor() throws Exception {
        IngestReport r = ingest(shared("taobao-userbehavior-sample/time-slice/UserBehavior.csv"));
        assertThat(r.format()).isEqualTo("taobao");
        assertThat(r.accepted() + r.duplicates() + r.quarantined()).isEqualTo(r.rowsRead());
        assertThat(r.accepted()).isGreaterThan(r.rowsRead() * 9 / 10);
    }
}
