package io.heed.recsys.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.heed.recsys.Interactions;
import io.heed.recsys.RecTrainer;
import io.heed.recsys.Synthetic;
import io.heed.recsys.cf.EaseConfig;
import io.heed.recsys.cf.EaseTrainer;
import io.heed.recsys.cf.PopularityConfig;
import io.heed.recsys.cf.PopularityTrainer;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class BlendWeightsTest {
    @Test
    void choosesWeightsOnValidationThatAreAtLeastAsGoodAsEachComponentAlone() {
        Interactions data = Synthetic.blocks(90, 45, 3, 4);
        HoldoutSplit validation = HoldoutSplit.split(data, 0.2, 42).validation(0.2, 43);
        List<RecTrainer> parts =
                List.of(new PopularityTrainer(PopularityConfig.counts()), new EaseTrainer(new EaseConfig(5, 100)));

        BlendWeights.Choice c = BlendWeights.choose(parts, validation, 4);

        assertThat(Arrays.stream(c.weights()).sum()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        double ease = Evaluator.evaluate(parts.get(1).fit(validation.train(), "v"), validation)
                .ndcg10();
        double pop = Evaluator.evaluate(parts.get(0).fit(validation.train(), "v"), validation)
                .ndcg10();
        assertThat(c.validationNdcg10()).isGreaterThanOrEqualTo(Math.max(ease, pop) - 1e-9);
        assertThat(c.weights()[1]).isPositive(); // the planted groups need EASE, not popularity
    }

    @Test
    void rejectsAnEmptyComponentListAndABadGrid() {
        HoldoutSplit v = HoldoutSplit.split(Synthetic.blocks(30, 15, 3, 1), 0.2, 1);
        assertThatThrownBy(() -> BlendWeights.choose(List.of(), v, 10)).hasMessageContaining("no ensemble components");
        assertThatThrownBy(() -> BlendWeights.choose(List.of(new PopularityTrainer(PopularityConfig.counts())), v, 0))
                .hasMessageContaining("steps must be in [1, 100]");
    }
}
