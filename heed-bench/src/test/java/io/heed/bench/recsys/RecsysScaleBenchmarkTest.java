package io.heed.bench.recsys;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.heed.recsys.Interactions;
import io.heed.recsys.cf.IalsConfig;
import org.junit.jupiter.api.Test;

class RecsysScaleBenchmarkTest {
    @Test
    void flopCountOfOneIterationMatchesTheHandCount() {
        // 10 users × 20 items × 4 each = 40 interactions; k = 8, 3 CG steps → 4 passes
        Interactions d = SyntheticInteractions.zipf(10, 20, 4, 1);
        IalsConfig c = new IalsConfig(8, 1, 1, 1, 3, 1, 1);
        double perInteraction = 2 * 40 * 4 * 4 * 8; // both half-steps, 4 passes, dot + axpy = 4k flops
        double perRow = 30 * 4 * 2 * 64; // (10 + 20) rows, 4 matrix-vector products of 2k² flops
        double gram = 30 * 64;
        assertEquals(perInteraction + perRow + gram, RecsysScaleBenchmark.flopsPerIteration(d, c), 1e-9);
    }
}
