package io.heed.bench.recsys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.heed.bench.recsys.PeerBench.PeerRun;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PeerBenchTest {
    @Test
    void readsTheLastFitAndTheSummary() {
        String out = String.join(
                "\n",
                "data: ratings.csv users=610 items=9724 interactions=100836 train=80672 test=20164",
                "RESULT peer=spark-als run=1 train_s=25.936 eval_s=0.30 users=610 R@10=0.3250 N@10=0.3340 R@20=0.3450"
                        + " plainR@20=0.2533",
                "RESULT peer=spark-als run=2 train_s=17.100 eval_s=0.30 users=610 R@10=0.3253 N@10=0.3344 R@20=0.3450"
                        + " plainR@20=0.2533",
                "SUMMARY peer=spark-als k=64 iters=15 reg=1.0 alpha=10.0 seed=42 median_train_s=17.100"
                        + " min_train_s=16.900 heap_peak_MiB=535 rss_peak_MiB=858");
        PeerRun r = PeerBench.parse("spark-als", out);
        assertTrue(r.ran());
        assertEquals(0.3344, r.ndcg10(), 1e-12);
        assertEquals(0.3253, r.recall10(), 1e-12);
        assertEquals(17.1, r.medianTrainS(), 1e-12);
        assertEquals(16.9, r.minTrainS(), 1e-12);
        assertEquals(858, r.rssPeakMiB(), 1e-12);
    }

    @Test
    void outputWithoutFiguresIsNotRunWithAReason() {
        PeerRun r = PeerBench.parse("ranksys-hkv", "Exception in thread main java.lang.OutOfMemoryError");
        assertFalse(r.ran());
        assertTrue(r.notRunReason().contains("no RESULT"), r.notRunReason());
    }

    @Test
    void aMissingPeerFolderFailsNamingIt(@TempDir Path tmp) {
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        IOException e =
                assertThrows(IOException.class, () -> PeerBench.build(tmp.resolve("no-such-peer-bench"), tmp, quiet));
        assertTrue(e.getMessage().contains("no-such-peer-bench"), e.getMessage());
    }
}
