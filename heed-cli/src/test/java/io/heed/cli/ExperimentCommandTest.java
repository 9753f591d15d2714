package io.heed.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code heed experiment create|list|assign|analyze} on a small store, and its bad input. */
class ExperimentCommandTest {
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

    @Test
    void createAssignAndAnalyze() throws Exception {
        String data = dir.resolve("data").toString();
        String window = "--start=2026-10-01T00:00:00Z";
        String stop = "--stop=2026-10-20T00:00:00Z";
        assertThat(console.run(
                        1,
                        "experiment",
                        "create",
                        "e1",
                        "--data-dir",
                        data,
                        window,
                        stop,
                        "--variant",
                        "control=strategy:random:0",
                        "--variant",
                        "b=strategy:random:0"))
                .contains("overlapping_variants")
                .contains("zero_traffic")
                .contains("empty_variant");
        assertThat(console.run(
                        1,
                        "experiment",
                        "create",
                        "e1",
                        "--data-dir",
                        data,
                        window,
                        stop,
                        "--variant",
                        "control=strategy:random:50"))
                .contains("at least two variants");
        assertThat(console.run(
                        1,
                        "experiment",
                        "create",
                        "e1",
                        "--data-dir",
                        data,
                        window,
                        stop,
                        "--variant",
                        "control=rule:random:50",
                        "--variant",
                        "b=model:ctr:50"))
                .contains("kind must be strategy or model");
        console.run(
                0,
                "experiment",
                "create",
                "e1",
                "--data-dir",
                data,
                window,
                stop,
                "--variant",
                "control=strategy:random:50",
                "--variant",
                "attention=model:ctr-v2:50");
        assertThat(console.run(
                        1,
                        "experiment",
                        "create",
                        "e2",
                        "--data-dir",
                        data,
                        window,
                        stop,
                        "--salt",
                        "e1",
                        "--variant",
                        "control=strategy:random:50",
                        "--variant",
                        "b=model:x:50"))
                .contains("shared_salt");
        StringBuilder users = new StringBuilder();
        String[] assignArgs = new String[3 + 200 + 3];
        assignArgs[0] = "experiment";
        assignArgs[1] = "assign";
        assignArgs[2] = "e1";
        for (int i = 0; i < 200; i++) {
            assignArgs[3 + i] = "u" + i;
        }
        assignArgs[203] = "--data-dir";
        assignArgs[204] = data;
        assignArgs[205] = "--at=2026-10-02T00:00:00Z";
        String assigned = console.run(0, assignArgs);
        assertThat(assigned).contains("u0\t").contains("control").contains("attention");
        // every user sees 10 ads; users in "attention" click 2-4 of them, control users 0-2
        StringBuilder ev = new StringBuilder("event_id,type,user_id,ad_id,timestamp\n");
        for (String line : assigned.split("\n")) {
            String[] f = line.split("\t");
            for (int k = 0; k < 10; k++) {
                ev.append(f[0])
                        .append("-i")
                        .append(k)
                        .append(",impression,")
                        .append(f[0])
                        .append(",a1,2026-10-03T10:00:0")
                        .append(k)
                        .append("Z\n");
            }
            int clicks = (f[1].equals("attention") ? 2 : 0) + Integer.parseInt(f[0].substring(1)) % 3;
            for (int k = 0; k < clicks; k++) {
                ev.append(f[0])
                        .append("-c")
                        .append(k)
                        .append(",click,")
                        .append(f[0])
                        .append(",a1,2026-10-03T10:01:0")
                        .append(k)
                        .append("Z\n");
            }
            users.append(f[0]).append(' ');
        }
        Path events = Files.writeString(dir.resolve("events.csv"), ev.toString());
        console.run(0, "ingest", "--data-dir", data, events.toString());
        assertThat(console.run(0, "experiment", "list", "--data-dir", data))
                .contains("e1")
                .contains("model:ctr-v2")
                .contains("units exposed");
        String report = console.run(
                0,
                "experiment",
                "analyze",
                "e1",
                "--data-dir",
                data,
                "--primary",
                "ctr",
                "--guardrail",
                "revenue_per_unit");
        assertThat(report)
                .contains("verdict: SHIP")
                .contains("ctr")
                .contains("sample ratio")
                // no ad catalog: revenue is zero everywhere, so the guardrail is not computable, and says so
                .contains("revenue_per_unit")
                .contains("not computable");
        assertThat(console.run(1, "experiment", "analyze", "nope", "--data-dir", data))
                .contains("no experiment named nope");
        assertThat(console.run(0, "experiment", "decisions", "--data-dir", data))
                .contains("no promotion decisions yet");
        assertThat(console.run(1, "experiment", "analyze", "e1", "--data-dir", data, "--primary", "dwell"))
                .contains("unknown metric 'dwell'");
    }
}
