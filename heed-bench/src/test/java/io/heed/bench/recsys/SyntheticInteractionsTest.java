package io.heed.bench.recsys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.heed.recsys.Interactions;
import org.junit.jupiter.api.Test;

class SyntheticInteractionsTest {
    @Test
    void everyUserGetsExactlyPerUserDistinctItemsWithALongTail() {
        Interactions d = SyntheticInteractions.zipf(300, 1000, 40, 5);
        assertEquals(300 * 40, d.nnz());
        for (int u = 0; u < d.numUsers(); u++) {
            assertEquals(40, d.rowLength(u));
        }
        int[] counts = d.itemCounts();
        assertTrue(counts[0] > 10 * Math.max(1, counts[900]), "item 0 is far more popular than item 900");
        assertEquals(d.nnz(), SyntheticInteractions.zipf(300, 1000, 40, 5).nnz());
    }

    @Test
    void moreItemsPerUserThanTheCatalogueIsAnError() {
        assertThrows(IllegalArgumentException.class, () -> SyntheticInteractions.zipf(2, 10, 11, 1));
    }
}
