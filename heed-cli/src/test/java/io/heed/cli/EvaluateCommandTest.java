package io.heed.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code heed evaluate} and {@code heed tune} on a generated ratings file, and their errors on bad input. */
class EvaluateCommandTest {
    @TempDir
    Path dir;

    private CapturedConsole console;

    @BeforeEach
    void capture() {
        console = new CapturedConsole();
    }

    @AfterEach
    void restore() {
        console.close();
    }

    /** 150 users in 3 taste groups over 30 items, with timestamps. */
    private Path ratings() throws IOException {
        Random rnd = new Random(3);
        StringBuilder sb = new StringBuilder("userId,movieId,rating,timestamp\n");
        long t = 1_000_000;
        for (int u = 1; u <= 150; u++) {
            for (int i = 1; i <= 30; i++) {
                if (rnd.nextDouble() < (i % 3 == u % 3 ? 0.6 : 0.05)) {
                    sb.append(u)
                            .append(',')
                            .append(i)
                            .append(",4.0,")
                            .append(t++)
                            .append('\n');
                }
            }
        }
        return Files.writeString(dir.resolve("ratings.csv"), sb.toString());
    }

    @Test
    void comparesModelsUnderEachSplitAndWritesJson() throws IOException {
        Path file = ratings();
        for (String split : new String[] {"random", "temporal", "leave-last-out"}) {
            int code = HeedCli.run(
                    "evaluate",
                    "--ratings",
                    file.toString(),
                    "--models",
                    "popularity,item-knn",
                    "--seeds",
                    "2",
                    "--split",
                    split,
                    "--out",
                    dir.resolve(split + ".json").toString());
            assertThat(code).as(console.err()).isZero();
            assertThat(Files.readString(dir.resolve(split + ".json")))
                    .contains("item_knn_ndcg10_mean")
                    .contains("popularity_arp10_std");
        }
        assertThat(console.out()).contains("leave-last-out split, 2 seed(s)").contains("±");
    }

    @Test
    void tuneSavesTheBestConfigurationThatEvaluateReads() throws IOException {
        Path file = ratings();
        Path tuned = dir.resolve("tuned.json");
        assertThat(HeedCli.run(
                        "tune",
                        "--ratings",
                        file.toString(),
                        "--model",
                        "item-knn",
                        "--trials",
                        "3",
                        "--out",
                        tuned.toString()))
                .as(console.err())
                .isZero();
        assertThat(Files.readString(tuned)).contains("bestValidationNdcg10");
        assertThat(HeedCli.run(
                        "evaluate",
                        "--ratings",
                        file.toString(),
                        "--models",
                        "item-knn",
                        "--seeds",
                        "1",
                        "--tuned",
                        tuned.toString()))
                .as(console.err())
                .isZero();
    }

    @Test
    void badInputGetsOneClearLine() throws IOException {
        Path bad = Files.writeString(dir.resolve("bad.csv"), "userId,movieId,rating,timestamp\n1,2,4,100\nx,y,4,100\n");
        assertThat(HeedCli.run("evaluate", "--ratings", bad.toString())).isEqualTo(1);
        assertThat(console.err()).contains("bad.csv:3");
        console.reset();
        assertThat(HeedCli.run("evaluate", "--ratings", ratings().toString(), "--split", "weekly"))
                .isEqualTo(1);
        assertThat(console.err()).contains("unknown split 'weekly'");
        console.reset();
        assertThat(HeedCli.run(
                        "evaluate", "--ratings", ratings().toString(), "--param", "ials.gamma=1", "--models", "ials"))
                .isEqualTo(1);
        assertThat(console.err()).contains("unknown parameter 'gamma'");
        console.reset();
        assertThat(HeedCli.run("evaluate", "--data-dir", dir.resolve("empty").toString()))
                .isEqualTo(1);
        assertThat(console.err()).contains("no clean events");
    }
}
