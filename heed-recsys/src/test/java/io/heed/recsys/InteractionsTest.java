package io.heed.recsys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.heed.recsys.cf.IalsConfig;
import io.heed.recsys.cf.IalsTrainer;
import io.heed.recsys.cf.PopularityConfig;
import io.heed.recsys.cf.PopularityTrainer;
import org.junit.jupiter.api.Test;

class InteractionsTest {

    @Test
    void buildsCsrWithIdsInFirstAppearanceOrderSortedRowsAndCollapsedDuplicates() {
        // given triples out of order, with a repeated pair
        Interactions m = Interactions.builder()
                .add("u1", "b", 1)
                .add("u2", "a", 2)
                .add("u1", "a", 1)
                .add("u1", "b", 3)
                .build();

        // then
        assertThat(m.users().ids()).containsExactly("u1", "u2");
        assertThat(m.items().ids()).containsExactly("b", "a");
        assertThat(m.rowStarts()).containsExactly(0, 2, 3);
        assertThat(m.itemIndices()).containsExactly(0, 1, 1); // u1: b(0), a(1); u2: a(1)
        assertThat(m.weightValues()).containsExactly(4f, 1f, 2f); // SUM collapses b for u1 into 1 + 3
        assertThat(m.nnz()).isEqualTo(3);
        assertThat(m.itemCounts()).containsExactly(1, 2);
    }

    @Test
    void maxCollapsingKeepsBinaryDataBinary() {
        Interactions m = Interactions.builder()
                .duplicates(InteractionsBuilder.Duplicates.MAX)
                .add("u", "i", 1)
                .add("u", "i", 1)
                .build();
        assertThat(m.weightValues()).containsExactly(1f);
    }

    @Test
    void transposeSwapsRowsAndColumns() {
        Interactions m = Interactions.builder()
                .add("u1", "a", 1)
                .add("u2", "a", 2)
                .add("u2", "b", 3)
                .build();
        Interactions t = m.transpose();
        assertThat(t.numUsers()).isEqualTo(2); // items
        assertThat(t.row(0)).containsExactly(0, 1);
        assertThat(t.row(1)).containsExactly(1);
        assertThat(t.weightValues()).containsExactly(1f, 2f, 3f);
    }

    @Test
    void nonFiniteWeightsAreRejectedNamingThePair() {
        assertThatThrownBy(() -> Interactions.builder().add("u", "i", Double.NaN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("finite")
                .hasMessageContaining("u");
        assertThatThrownBy(() -> Interactions.builder().add("u", "i", Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("finite");
    }

    @Test
    void trainersRefuseEmptyData() {
        Interactions empty = Interactions.builder().build();
        assertThatThrownBy(() -> new PopularityTrainer(PopularityConfig.counts()).fit(empty))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> new IalsTrainer(IalsConfig.defaults()).fit(empty))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("empty");
    }

    @Test
    void ialsRefusesNegativeWeights() {
        Interactions negative = Interactions.builder().add("u", "i", -1).build();
        assertThatThrownBy(() -> new IalsTrainer(IalsConfig.defaults()).fit(negative))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("non-negative");
    }

    @Test
    void configsValidateTheirFields() {
        assertThatThrownBy(() -> new IalsConfig(0, 15, 1, 1, 3, 1, 42)).hasMessageContaining("factors");
        assertThatThrownBy(() -> IalsConfig.defaults().withRegularization(Double.NaN))
                .hasMessageContaining("regularization");
        assertThatThrownBy(() -> new PopularityConfig(-1)).hasMessageContaining("halfLifeDays");
    }
}
