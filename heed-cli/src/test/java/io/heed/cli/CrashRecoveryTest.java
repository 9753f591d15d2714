package io.heed.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.heed.store.HeedStore;
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
    static final int EVENTS = 600_000;

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
        assertThat(HeedCli.run("ingest", first.toString(), "--data-dir", data.toString())).isZero();

        for (long delayMs : List.of(1_500L, 3_000L, 5_000L)) {
            Process p = new ProcessBuilder(javaBin(), "-cp", System.getProperty("java.class.path"),
                    HeedCli.class.getName(), "ingest", file.toString(), "--data-dir", data.toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("child-" + delayMs + ".log").toFile()).start();
            boolean finished = p.waitFor(delayMs, TimeUnit.MILLISECONDS);
            if (!finished) {
                p.destroyForcibly();   // SIGKILL on Unix: no shutdown hooks, no flush
                p.waitFor(30, TimeUnit.SECONDS);
            }
            long[] counts = counts(data);
            // Acknowledged data survives; the killed file is all-or-nothing; nothing is doubled.
            assertThat(counts[0]).as("events after kill at %d ms", delayMs).isIn(1_000L, 1_000L + EVENTS);
            assertThat(counts[1]).isEqualTo(counts[0]);
        }
        assertThat(HeedCli.run("ingest", file.toString(), "--data-dir", data.toString())).isZero();
        long[] counts = counts(data);
        assertThat(counts[0]).isEqualTo(1_000L + EVENTS);
        assertThat(counts[1]).isEqualTo(counts[0]);
    }

    private static long[] counts(Path data) {
        try (HeedStore store = HeedStore.openEmbedded(data)) {
            return store.read(c -> {
                try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                        "SELECT COUNT(*), COUNT(DISTINCT tenant_id || '/' || event_id) FROM events")) {
                    r.next();
                    return new long[]{r.getLong(1), r.getLong(2)};
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
