package io.heed.recsys.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.heed.recsys.Interactions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MovieLensRatingsTest {
    @TempDir
    Path dir;

    @Test
    void readsCsvWithHeaderAndTabSeparatedFilesCollapsingDuplicates() throws IOException {
        Path csv = dir.resolve("ratings.csv");
        Files.writeString(
                csv, "userId,movieId,rating,timestamp\n1,10,4.0,100\n2,20,3.0,200\n1,10,5.0,300\n1,30,1.0,50\n");
        Interactions m = MovieLensRatings.read(csv);
        assertThat(m.users().ids()).containsExactly("1", "2");
        assertThat(m.items().ids()).containsExactly("10", "20", "30");
        assertThat(m.nnz()).isEqualTo(3);
        assertThat(m.weightValues()).containsOnly(1f);
        assertThat(m.timeValues()).containsExactly(300L, 50L, 200L);

        Path tab = dir.resolve("u.data");
        Files.writeString(tab, "196\t242\t3\t881250949\n186\t302\t3\t891717742\n");
        assertThat(MovieLensRatings.read(tab).nnz()).isEqualTo(2);
    }

    @Test
    void emptyOrMalformedFilesGiveClearErrors() throws IOException {
        Path empty = dir.resolve("empty.csv");
        Files.writeString(empty, "userId,movieId,rating,timestamp\n");
        assertThatThrownBy(() -> MovieLensRatings.read(empty)).hasMessageContaining("no ratings");

        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "1,10,4,1\nx,y,z\n");
        assertThatThrownBy(() -> MovieLensRatings.read(bad)).hasMessageContaining(":2:");
    }
}
