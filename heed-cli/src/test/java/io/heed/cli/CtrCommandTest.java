package io.heed.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.heed.ctr.CtrModelFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code heed ctr train|evaluate|explain} on a generated Frappe-style file. */
class CtrCommandTest {
    @TempDir
    Path dir;

    @Test
    void trainEvaluateExplainAndNameTheBadLine() throws IOException {
        Path file = dir.resolve("f.libfm");
        StringBuilder sb = new StringBuilder();
        SplittableRandom rnd = new SplittableRandom(4);
        for (int i = 0; i < 3000; i++) {
            int user = rnd.nextInt(20);
            int item = 100 + rnd.nextInt(30);
            boolean likes = (user + item) % 3 == 0;
            sb.append(rnd.nextDouble() < (likes ? 0.8 : 0.15) ? "1" : "-1")
                    .append(' ')
                    .append(user)
                    .append(":1 ")
                    .append(item)
                    .append(":1");
            for (int f = 0; f < 8; f++) {
                sb.append(' ').append(200 + f * 10 + rnd.nextInt(3)).append(":1");
            }
            sb.append('\n');
        }
        Files.writeString(file, sb);
        Path model = dir.resolve("m.heedctr");

        String train = run(
                "train",
                "--format",
                "FRAPPE",
                "--data",
                file.toString(),
                "--algorithm",
                "FM",
                "--bits",
                "14",
                "--model",
                model.toString());
        assertThat(train).contains("trained fm").contains("AUC").contains("saved");
        assertThat(CtrModelFiles.load(model).provenance().metrics()).containsKey("test_auc");
        assertThat(CtrModelFiles.load(model).provenance().metrics().get("test_auc"))
                .isGreaterThan(0.7);

        assertThat(run("evaluate", "--format", "FRAPPE", "--data", file.toString(), "--model", model.toString()))
                .contains("AUC");
        assertThat(run(
                        "explain",
                        "--model",
                        model.toString(),
                        "--field",
                        "user=3",
                        "--field",
                        "item=103",
                        "--top",
                        "2"))
                .contains("p(click)")
                .contains("You are seeing this ad");

        for (String a : new String[] {"LR", "BLEND"}) {
            Path m = dir.resolve(a + ".heedctr");
            assertThat(run(
                            "train",
                            "--format",
                            "FRAPPE",
                            "--data",
                            file.toString(),
                            "--algorithm",
                            a,
                            "--bits",
                            "14",
                            "--model",
                            m.toString()))
                    .contains("saved");
            assertThat(CtrModelFiles.load(m).provenance().metrics().get("test_auc"))
                    .as(a)
                    .isGreaterThan(0.6);
            assertThat(run(
                            "explain",
                            "--model",
                            m.toString(),
                            "--field",
                            "user=3",
                            "--field",
                            "item=103",
                            "--top",
                            "2"))
                    .contains("p(click)");
        }

        Files.writeString(file, "1 3:1 4:1\n");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CommandLine cl = new CommandLine(new CtrCommand());
        cl.setErr(new java.io.PrintWriter(err, true, StandardCharsets.UTF_8));
        int code = cl.execute("train", "--format", "FRAPPE", "--data", file.toString(), "--model", model.toString());
        assertThat(code).isNotZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("line 1").contains("expected 10");
    }

    private String run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream old = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            int code = new CommandLine(new CtrCommand()).execute(args);
            assertThat(code).isZero();
        } finally {
            System.setOut(old);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
