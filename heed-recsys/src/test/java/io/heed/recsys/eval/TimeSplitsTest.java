package io.heed.recsys.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.heed.recsys.Interactions;
import io.heed.recsys.InteractionsBuilder;
import io.heed.recsys.Synthetic;
import io.heed.recsys.cf.Algorithms;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TimeSplitsTest {
    /** u1: a@1 b@2 c@3 d@4; u2: a@5 e@6; u3 only at the end (x@10, y@11): all of u3 is in the future. */
    private final Interactions timed = new InteractionsBuilder()
            .add("u1", "a", 1, 1)
            .add("u1", "b", 1, 2)
            .add("u1", "c", 1, 3)
            .add("u1", "d", 1, 4)
            .add("u2", "a", 1, 5)
            .add("u2", "e", 1, 6)
            .add("u3", "x", 1, 10)
            .add("u3", "y", 1, 11)
            .build();

    @Test
    void leaveLastOutHoldsOutEachUsersLatestItem() {
        HoldoutSplit s = TimeSplits.leaveLastOut(timed);
        assertThat(ids(s.test(), "u1")).containsExactly("d");
        assertThat(ids(s.test(), "u2")).containsExactly("e");
        assertThat(ids(s.test(), "u3")).containsExactly("y");
        assertThat(s.train().nnz()).isEqualTo(5);
    }

    @Test
    void temporalTestIsTheLatestShareAndUsersWithoutHistoryAreDropped() {
        HoldoutSplit s = TimeSplits.temporal(timed, 0.375); // the latest 3 of 8: e@6, x@10, y@11
        assertThat(ids(s.test(), "u2")).containsExactly("e");
        assertThat(s.test().rowLength(s.test().users().indexOf("u3"))).isZero(); // no history: not scored
        assertThat(s.train().rowLength(s.train().users().indexOf("u3"))).isZero(); // and never trained on
        assertThat(s.train().nnz()).isEqualTo(5);
        assertThat(s.test().nnz()).isEqualTo(1);
    }

    @Test
    void timeSplitsWithoutTimesAreAClearError() {
        Interactions untimed =
                new InteractionsBuilder().add("u", "a", 1).add("u", "b", 1).build();
        assertThatThrownBy(() -> TimeSplits.leaveLastOut(untimed)).hasMessageContaining("needs interaction times");
        assertThatThrownBy(() -> SplitProtocol.parse("weekly")).hasMessageContaining("leave-last-out");
    }

    @Test
    void theHarnessRunsEveryModelOverSeedsWithTheSameProtocol() {
        Interactions data = Synthetic.blocks(200, 40, 4, 5);
        List<ModelSpec> models = new ArrayList<>();
        for (String name : List.of("popularity", "ials")) {
            models.add(new ModelSpec(
                    name,
                    seed -> Algorithms.trainer(
                            name,
                            name.equals("ials")
                                    ? Map.of("factors", 8.0, "regularization", 1.0, "alpha", 5.0)
                                    : Map.of(),
                            seed)));
        }
        List<EvaluationHarness.Summary> rows =
                EvaluationHarness.run(data, SplitProtocol.RANDOM, 0.2, new long[] {1, 2, 3}, models, line -> {});
        assertThat(rows).hasSize(2);
        MeanStd pop = rows.get(0).metric("ndcg10");
        MeanStd ials = rows.get(1).metric("ndcg10");
        assertThat(pop.n()).isEqualTo(3);
        assertThat(pop.std()).isGreaterThan(0); // three different splits
        assertThat(ials.mean()).isGreaterThan(pop.mean());
        // popularity recommends the most popular items: highest popularity bias, lowest novelty
        assertThat(rows.get(0).metric("arp10").mean())
                .isGreaterThan(rows.get(1).metric("arp10").mean());
        assertThat(rows.get(0).metric("novelty10").mean())
                .isLessThan(rows.get(1).metric("novelty10").mean());
        assertThat(EvaluationHarness.table(rows)).contains("ials").contains("±");
    }

    private static List<String> ids(Interactions part, String user) {
        return java.util.Arrays.stream(part.row(part.users().indexOf(user)))
                .mapToObj(i -> part.items().id(i))
                .toList();
    }
}
