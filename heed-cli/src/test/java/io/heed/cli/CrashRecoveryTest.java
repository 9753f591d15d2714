package io.heed.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.heed.storage.HeedStore;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * kill -9 in the middle of an ingest, restart, re-ingest the same file: the store must hold every event exactly
 * once. The ingest runs in a separate JVM that is killed with SIGKILL at several points of its work.
 */
class CrashRecoveryTest {
    static final int EVENTS = 1_500_000;

    @TempDir
    Path dir;

    @Test
    void killedIngestLeavesNoPartialOrDuplicateDataAndReingestCompletesIt() throws Exception {
        Path file = dir.resolve("events.csv");
        writeEvents(file, EVENTS);
        Path data = dir.resolve("data");
        // First a complete small ingest, so the kill hits a store that already holds acknowledged data.
        Path first = dir.resolve("first.csv");
        writeEvents(first, 1_000);
        assertThat(HeedCli.run("ingest", first.toString(), "--data-dir", data.toString()))
                .isZero();

        // Kill points: while DuckDB reads the file (progress between 10% and 90%), right after reading (the merge
        // and commit follow), and after a fixed delay that may fall anywhere, even after the commit.
        boolean sawMidRead = false;
        for (String killAt : List.of("mid-read", "read-done", "delay")) {
            Process p = new ProcessBuilder(
                            javaBin(),
                            "-cp",
                            System.getProperty("java.class.path"),
                            HeedCli.class.getName(),
                            "ingest",
                            file.toString(),
                            "--data-dir",
                            data.toString())
                    .redirectErrorStream(true)
                    .start();
            String hit = waitForKillPoint(p, killAt);
            p.destroyForcibly(); // SIGKILL on Unix: no shutdown hooks, no flush
            p.waitFor(30, TimeUnit.SECONDS);
            long[] counts = counts(data);
            // Acknowledged data survives; the killed file is all-or-nothing; nothing is doubled.
            assertThat(counts[1]).isEqualTo(counts[0]);
            if (hit.startsWith("mid-read")) {
                sawMidRead = true;
                assertThat(counts[0]).as("killed while reading (%s)", hit).isEqualTo(1_000L);
            } else {
                assertThat(counts[0]).as("killed at %s", hit).isIn(1_000L, 1_000L + EVENTS);
            }
        }
        assertThat(sawMidRead)
                .as("one kill landed while the file was being read")
                .isTrue();
        assertThat(HeedCli.run("ingest", file.toString(), "--data-dir", data.toString()))
                .isZero();
        long[] counts = counts(data);
        assertThat(counts[0]).isEqualTo(1_000L + EVENTS);
        assertThat(counts[1]).isEqualTo(counts[0]);
    }

    /** Reads the child's output until the kill point; returns what was seen there. */
    private static String waitForKillPoint(Process p, String killAt) throws IOException {
        if (killAt.equals("delay")) {
            try {
                p.waitFor(2_500, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return "delay";
        }
        java.io.BufferedReader out = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream()));
        java.util.regex.Pattern pct = java.util.regex.Pattern.compile("ingest events\\.csv: (\\d+)%");
        for (String line; (line = out.readLine()) != null; ) {
            java.util.regex.Matcher m = pct.matcher(line);
            if (m.find()) {
                int v = Integer.parseInt(m.group(1));
                if (killAt.equals("mid-read") && v >= 10 && v <= 90) {
                    return "mid-read at " + v + "%";
                }
                if (killAt.equals("read-done") && v == 100) {
                    return "read-done";
                }
            }
        }
        return "exited before the kill point";
    }

    private static long[] counts(Path data) {
        try (HeedStore store = HeedStore.openEmbedded(data)) {
            return store.read(c -> {
                try (Statement s = c.createStatement();
                        ResultSet r = s.executeQuery(
                                "SELECT COUNT(*), COUNT(DISTINCT tenant_id || '/' || event_id) FROM events")) {
                    r.next();
                    return new long[] {r.getLong(1), r.getLong(2)};
                }
            });
        }
    }

    static void writeEvents(Path file, int n) throws IOException {
        String prefix = file.getFileName().toString();
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            w.write("event_id,type,user_id,item_id,timestamp,value,placement,position\n");
            long t = 1_759_302_800_000L;
            for (int i = 0; i < n; i++) {
                String type = i % 10 == 0 ? "dwell" : i % 3 == 0 ? "click" : "view";
                w.write(prefix + "-" + i + "," + type + ",u" + (i % 5_000) + ",i" + (i % 997) + "," + (t + i * 50L)
                        + "," + (type.equals("dwell") ? Integer.toString(5 + i % 60) : "") + ",feed," + (i % 8) + "\n");
            }
        }
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
