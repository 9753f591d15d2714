package io.heed.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.heed.storage.HeedStore;
import io.heed.storage.Sql;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The journal on the embedded store: records from several threads reach the store exactly once, segments roll and
 * are deleted once loaded, a failing store loses nothing, and what a stopped process left is recovered from its
 * checkpoint without duplicates; a torn tail (bad checksum) is skipped and counted.
 */
class JournalTest {
    private static final int SEGMENT = 4096;

    @TempDir
    Path dir;

    /** A record as the UTF-8 string it holds. */
    private static String text(ByteBuffer r) {
        byte[] b = new byte[r.remaining()];
        r.duplicate().get(b);
        return new String(b, StandardCharsets.UTF_8);
    }

    /** Writes each record as a row of journal_test; fails while {@code failing} is set. */
    private static JournalLoader.Sink<String> sink(AtomicBoolean failing) {
        return (c, records) -> {
            if (failing.get()) {
                throw new SQLException("store unavailable (test)");
            }
            try (PreparedStatement p = c.prepareStatement("INSERT INTO journal_test VALUES (?)")) {
                for (String r : records) {
                    p.setString(1, r);
                    p.addBatch();
                }
                p.executeBatch();
            }
        };
    }

    private static JournalLoader<String> loader(
            Journal j, HeedStore s, JournalLoader.Sink<String> sink, int maxBatch, long lingerMillis) {
        return new JournalLoader<>(j, s, JournalTest::text, sink, maxBatch, lingerMillis, Long.MAX_VALUE);
    }

    private HeedStore store() {
        HeedStore s = HeedStore.openEmbedded(dir.resolve("db"));
        s.write(c -> {
            try (Statement st = c.createStatement()) {
                st.execute("CREATE TABLE IF NOT EXISTS journal_test (v VARCHAR)");
            }
            return null;
        });
        return s;
    }

    private static void append(Journal j, String v) {
        byte[] b = v.getBytes(StandardCharsets.UTF_8);
        j.append(b, b.length);
    }

    private static List<String> rows(HeedStore s) {
        return s.read(c -> {
            List<String> out = new ArrayList<>();
            try (Statement st = c.createStatement();
                    var r = st.executeQuery("SELECT v FROM journal_test")) {
                while (r.next()) {
                    out.add(r.getString(1));
                }
            }
            return out;
        });
    }

    private long segments(Path journalDir) throws IOException {
        try (Stream<Path> files = Files.list(journalDir)) {
            return files.filter(f -> f.toString().endsWith(".seg")).count();
        }
    }

    @Test
    void recordsFromSeveralThreadsReachTheStoreOnceAndLoadedSegmentsAreDeleted() throws Exception {
        Path jd = dir.resolve("j");
        try (HeedStore s = store()) {
            Journal j = Journal.open(jd, "t", SEGMENT);
            JournalLoader<String> loader = loader(j, s, sink(new AtomicBoolean()), 100, 5);
            List<Thread> threads = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int id = t;
                threads.add(new Thread(() -> {
                    for (int i = 0; i < 2_000; i++) {
                        append(j, id + ":" + i + ":" + "x".repeat(i % 50)); // rolls segments of 4 KiB many times
                    }
                }));
            }
            threads.forEach(Thread::start);
            for (Thread t : threads) {
                t.join();
            }
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (loader.pending() > 0 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(loader.pending()).isZero();
            assertThat(segments(jd))
                    .as("loaded segments are deleted; each lane keeps its current one")
                    .isLessThanOrEqualTo(4);
            assertThat(loader.close(30_000)).isTrue();
            List<String> rows = rows(s);
            assertThat(rows).hasSize(8_000);
            assertThat(new HashSet<>(rows)).hasSize(8_000);
            assertThat(rows).contains("3:1999:" + "x".repeat(1999 % 50));
            assertThat(segments(jd)).as("a clean close leaves no segment").isZero();
            assertThatThrownBy(() -> append(j, "late")).isInstanceOf(IllegalStateException.class);
            long checkpoints = s.read(c -> {
                try (Statement st = c.createStatement()) {
                    return Sql.count(st, "SELECT COUNT(*) FROM journal_checkpoints");
                }
            });
            assertThat(checkpoints)
                    .as("checkpoints of a closed journal are forgotten")
                    .isZero();
        }
    }

    @Test
    void aFailingStoreLosesNothingAndTheNextStartLoadsTheRestOnceFromTheCheckpoint() throws Exception {
        Path jd = dir.resolve("j");
        AtomicBoolean failing = new AtomicBoolean();
        try (HeedStore s = store()) {
            Journal j = Journal.open(jd, "t", SEGMENT);
            JournalLoader<String> loader = loader(j, s, sink(failing), 50, 0);
            for (int i = 0; i < 300; i++) {
                append(j, "a" + i);
            }
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (loader.pending() > 0 && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertThat(rows(s)).hasSize(300);
            failing.set(true);
            for (int i = 0; i < 300; i++) {
                append(j, "b" + i);
            }
            Thread.sleep(200);
            assertThat(loader.failedWrites()).isPositive();
            assertThat(loader.pending())
                    .as("nothing dropped while the store fails")
                    .isEqualTo(300);
            assertThat(loader.close(5_000))
                    .as("a store that fails cannot be drained")
                    .isFalse();
            assertThat(segments(jd)).isPositive();
        }
        // the next process: the store works again; only the unloaded 300 are loaded, once
        failing.set(false);
        try (HeedStore s = store()) {
            Journal j = Journal.open(jd, "t", SEGMENT);
            JournalLoader<String> loader = loader(j, s, sink(failing), 50, 0);
            assertThat(loader.recovered()).isEqualTo(300);
            List<String> rows = rows(s);
            assertThat(rows).hasSize(600);
            assertThat(new HashSet<>(rows)).hasSize(600);
            assertThat(rows).contains("b0", "b299");
            assertThat(loader.close(30_000)).isTrue();
            assertThat(segments(jd)).isZero();
        }
    }

    @Test
    void aTornRecordEndsItsLaneAndIsCounted() throws Exception {
        Path jd = dir.resolve("j");
        AtomicBoolean failing = new AtomicBoolean(true);
        try (HeedStore s = store()) {
            Journal j = Journal.open(jd, "t", 1 << 16);
            JournalLoader<String> loader = loader(j, s, sink(failing), 50, 0);
            for (int i = 0; i < 10; i++) {
                append(j, "r" + i);
            }
            loader.close(5_000);
        }
        Path seg;
        try (Stream<Path> files = Files.list(jd)) {
            seg = files.filter(f -> f.toString().endsWith(".seg")).findFirst().orElseThrow();
        }
        // the 10th record starts at 9 × 16 bytes ("rN" padded to 8 after an 8-byte header); flip a payload byte
        try (FileChannel ch = FileChannel.open(seg, StandardOpenOption.WRITE)) {
            ch.write(ByteBuffer.wrap(new byte[] {'X'}), 9 * 16 + 8);
        }
        failing.set(false);
        try (HeedStore s = store()) {
            Journal j = Journal.open(jd, "t", 1 << 16);
            JournalLoader<String> loader = loader(j, s, sink(failing), 50, 0);
            assertThat(loader.recovered()).isEqualTo(9);
            assertThat(loader.torn()).isEqualTo(1);
            assertThat(rows(s)).containsExactlyInAnyOrder("r0", "r1", "r2", "r3", "r4", "r5", "r6", "r7", "r8");
            loader.close(30_000);
        }
    }

    @Test
    void journalsSharingADirectoryRecoverOnlyTheLanesOfJournalsThatAreGone() throws Exception {
        Path jd = dir.resolve("j");
        AtomicBoolean failing = new AtomicBoolean(true);
        try (HeedStore s = store()) {
            Journal first = Journal.open(jd, "t", SEGMENT);
            JournalLoader<String> stuck = loader(first, s, sink(failing), 50, 0);
            for (int i = 0; i < 20; i++) {
                append(first, "first" + i);
            }
            AtomicBoolean working = new AtomicBoolean();
            Journal second = Journal.open(jd, "t", SEGMENT);
            JournalLoader<String> other = loader(second, s, sink(working), 50, 0);
            assertThat(other.recovered())
                    .as("the first journal is alive: its lanes are its own")
                    .isZero();
            assertThat(other.close(30_000)).isTrue();
            assertThat(stuck.close(5_000)).isFalse();
            failing.set(false);
            Journal third = Journal.open(jd, "t", SEGMENT);
            JournalLoader<String> next = loader(third, s, sink(failing), 50, 0);
            assertThat(next.recovered())
                    .as("the first journal is gone: its records are recovered")
                    .isEqualTo(20);
            assertThat(rows(s)).hasSize(20);
            assertThat(next.close(30_000)).isTrue();
        }
        try (Stream<Path> files = Files.list(jd)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .as("no lane or lock of a closed journal is left")
                    .containsExactly("open.lock");
        }
        assertThatThrownBy(() -> Journal.open(jd, "t", 100)).hasMessageContaining("segment size");
    }

    @Test
    void recordsTheDecoderRefusesAreCountedAndSkippedAndTheRestIsStored() throws Exception {
        try (HeedStore s = store()) {
            Journal j = Journal.open(dir.resolve("j"), "t", SEGMENT);
            JournalLoader<String> loader = new JournalLoader<>(
                    j,
                    s,
                    r -> {
                        String v = text(r);
                        if (v.startsWith("bad")) {
                            throw new IllegalArgumentException("not a record: " + v);
                        }
                        return v;
                    },
                    sink(new AtomicBoolean()),
                    50,
                    0,
                    Long.MAX_VALUE);
            for (int i = 0; i < 30; i++) {
                append(j, (i % 10 == 3 ? "bad" : "ok") + i);
            }
            assertThat(loader.close(30_000)).isTrue();
            assertThat(loader.unreadable()).isEqualTo(3);
            assertThat(loader.written()).isEqualTo(27);
            assertThat(rows(s)).hasSize(27).doesNotContain("bad3", "bad13", "bad23");
        }
    }
}
