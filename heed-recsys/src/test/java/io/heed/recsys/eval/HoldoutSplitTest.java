package io.heed.recsys.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.heed.recsys.Interactions;
import io.heed.recsys.InteractionsBuilder;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class HoldoutSplitTest {
    /** Users with 1, 2, 3, 5, 10 and 12 items: expected test sizes 0, 1, 1, 1, 2, 2 (round(0.2·n), at least 1). */
    private static Interactions tiny() {
        InteractionsBuilder b = Interactions.builder();
        int[] sizes = {1, 2, 3, 5, 10, 12};
        for (int u = 0; u < sizes.length; u++) {
            for (int i = 0; i < sizes[u]; i++) {
                b.add("u" + u, "i" + ((i * 7 + u) % 15), 1);
            }
        }
        return b.build();
    }

    @Test
    void holdsOutTwentyPercentPerUserAtLeastOneForUsersWithTwoOrMore() {
        HoldoutSplit s = HoldoutSplit.split(tiny(), 0.2, 42);
        int[] testSizes = new int[6];
        for (int u = 0; u < 6; u++) {
            testSizes[u] = s.test().rowLength(u);
            assertThat(s.train().rowLength(u) + s.test().rowLength(u)).isEqualTo(tiny().rowLength(u));
        }
        assertThat(testSizes).containsExactly(0, 1, 1, 1, 2, 2);
        assertThat(s.train().nnz() + s.test().nnz()).isEqualTo(tiny().nnz());
        assertThat(s.train().items()).isSameAs(s.test().items());
    }

    @Test
    void reproducesPeerBenchsSplitExactly() {
        // peer-bench's Data.split, restated: one Random(seed), users in index order, Fisher-Yates on the
        // ascending item list, first max(1, round(f·n)) items to test
        Interactions data = tiny();
        Random rnd = new Random(42);
        HoldoutSplit s = HoldoutSplit.split(data, 0.2, 42);
        for (int u = 0; u < data.numUsers(); u++) {
            int[] items = data.row(u);
            for (int k = items.length - 1; k > 0; k--) {
                int j = rnd.nextInt(k + 1);
                int t = items[k];
                items[k] = items[j];
                items[j] = t;
            }
            int nTest = items.length < 2 ? 0 : Math.max(1, (int) Math.round(0.2 * items.length));
            int[] test = Arrays.stream(items, 0, nTest).sorted().toArray();
            assertThat(s.test().row(u)).containsExactly(test);
        }
    }

    @Test
    void validationIsCarvedFromTrainingWithTheNextSeed() {
        HoldoutSplit s = HoldoutSplit.split(tiny(), 0.2, 42);
        HoldoutSplit v = s.validation(0.2, 42);
        assertThat(v.train().nnz() + v.test().nnz()).isEqualTo(s.train().nnz());
        HoldoutSplit again = HoldoutSplit.split(s.train(), 0.2, 43);
        for (int u = 0; u < 6; u++) {
            assertThat(v.test().row(u)).containsExactly(again.test().row(u));
        }
    }
}
