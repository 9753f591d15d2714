package io.heed.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HeedCliTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream oldOut;
    private PrintStream oldErr;

    @BeforeEach
    void capture() {
        oldOut = System.out;
        oldErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(oldOut);
        System.setErr(oldErr);
    }

    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void labCommandsPointToTheLauncher() {
        for (String lab : new String[] {"demo", "simulate", "retrain", "bench"}) {
            err.reset();
            assertThat(HeedCli.run(lab, "--help")).as(lab).isEqualTo(2);
            assertThat(err.toString(StandardCharsets.UTF_8))
                    .as(lab)
                    .contains("`" + lab + "` is a lab command", "./heed " + lab)
                    .doesNotContain("Unmatched argument");
        }
        err.reset();
        assertThat(HeedCli.run("demolish")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("Unmatched argument")
                .doesNotContain("lab command");
        out.reset();
        assertThat(HeedCli.run("--help")).isZero();
        assertThat(out()).contains("ingest", "serve").doesNotContain("  demo ", "  bench ");
    }

    @Test
    void ingestReportsQuarantineAndAnUnknownFormatIsAClearError() throws Exception {
        Path f = dir.resolve("events.csv");
        Files.writeString(
                f,
                "event_id,type,user_id,item_id,timestamp\n1,view,u,i,2026-10-01T00:00:00Z\n"
                        + "2,jump,u,i,2026-10-01T00:00:00Z\n");
        assertThat(HeedCli.run("ingest", f.toString(), "--data-dir", dir.toString()))
                .isZero();
        assertThat(out()).containsPattern("read\\s+2\\s+accepted\\s+1").contains("unknown_event_type");
        assertThat(HeedCli.run("ingest", f.toString(), "--format", "cobol", "--data-dir", dir.toString()))
                .isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown format 'cobol'", "movielens-ratings");
        Path mystery = dir.resolve("mystery.txt");
        Files.writeString(mystery, "a;b\n");
        assertThat(HeedCli.run("ingest", mystery.toString(), "--data-dir", dir.toString()))
                .isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("cannot tell the format", "--format");
    }

    @Test
    void statusAndFormatsPrint() {
        assertThat(HeedCli.run("formats")).isZero();
        assertThat(out()).contains("movielens-100k", "retailrocket", "obd", "criteo");
        assertThat(HeedCli.run("status", "--data-dir", dir.toString())).isZero();
        assertThat(out()).contains("quarantined rows");
    }
}
