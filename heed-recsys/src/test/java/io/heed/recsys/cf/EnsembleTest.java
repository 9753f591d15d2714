package io.heed.recsys.cf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.heed.recsys.Interactions;
import io.heed.recsys.ModelFiles;
import io.heed.recsys.RecModel;
import io.heed.recsys.RecTrainer;
import io.heed.recsys.Synthetic;
import io.heed.recsys.eval.Evaluator;
import io.heed.recsys.eval.HoldoutSplit;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnsembleTest {
    @TempDir
    Path dir;

    private static List<RecTrainer> parts() {
        return List.of(new EaseTrainer(new EaseConfig(5, 100)), new IalsTrainer(new IalsConfig(8, 5, 1, 4, 3, 2, 3)));
    }

    @Test
    void scoresAreTheWeightedSumOfEachComponentsStandardisedScores() {
        Interactions data = Synthetic.blocks(60, 30, 3, 5);
        EnsembleModel m = new EnsembleTrainer(parts(), new double[] {0.25, 0.75}).fit(data, "blocks");
        float[] ease = new float[30];
        float[] ials = new float[30];
        m.parts().get(0).scoreUser(7, ease);
        m.parts().get(1).scoreUser(7, ials);
        EnsembleModel.standardise(ease, 30);
        EnsembleModel.standardise(ials, 30);
        float[] got = new float[30];
        m.scoreUser(7, got);
        for (int i = 0; i < 30; i++) {
            assertThat(got[i]).isCloseTo(0.25f * ease[i] + 0.75f * ials[i], org.assertj.core.data.Offset.offset(1e-5f));
        }
    }

    @Test
    void learnsThePlantedGroupsAndAZeroWeightComponentIsNotFitted() {
        Interactions data = Synthetic.blocks(90, 45, 3, 8);
        HoldoutSplit split = HoldoutSplit.split(data, 0.2, 1);
        RecModel pop = new PopularityTrainer(PopularityConfig.counts()).fit(split.train(), "t");
        EnsembleModel both = new EnsembleTrainer(parts(), new double[] {0.5, 0.5}).fit(split.train(), "t");
        EnsembleModel easeOnly = new EnsembleTrainer(parts(), new double[] {1, 0}).fit(split.train(), "t");

        assertThat(Evaluator.evaluate(both, split).ndcg10())
                .isGreaterThan(Evaluator.evaluate(pop, split).ndcg10() + 0.1);
        assertThat(easeOnly.parts()).hasSize(1);
        assertThat(easeOnly.provenance().params()).containsEntry("weight.1.ials", "0.0");
    }

    @Test
    void roundTripsThroughAModelFileWithItsComponents() throws Exception {
        Interactions data = Synthetic.blocks(40, 30, 3, 11);
        EnsembleModel m = new EnsembleTrainer(parts(), new double[] {0.4, 0.6}).fit(data, "blocks");
        Path file = dir.resolve("ensemble.heedmodel");
        ModelFiles.save(m, file);
        EnsembleModel back = (EnsembleModel) RecModelReaders.load(file);

        assertThat(back.weights()).containsExactly(0.4f, 0.6f);
        assertThat(back.parts()).extracting(RecModel::algorithm).containsExactly("ease", "ials");
        float[] a = new float[30];
        float[] b = new float[30];
        m.scoreUser(3, a);
        back.scoreUser(3, b);
        assertThat(b).containsExactly(a);
    }

    @Test
    void standardisingKeepsMinusInfinityAndMapsAConstantRowToZero() {
        float[] s = {1, 2, 3, Float.NEGATIVE_INFINITY};
        EnsembleModel.standardise(s, 4);
        assertThat(s[0]).isCloseTo(-1.2247f, org.assertj.core.data.Offset.offset(1e-4f));
        assertThat(s[1]).isZero();
        assertThat(s[3]).isEqualTo(Float.NEGATIVE_INFINITY);
        float[] c = {5, 5, 5};
        EnsembleModel.standardise(c, 3);
        assertThat(c).containsExactly(0f, 0f, 0f);
    }

    @Test
    void badWeightsAndEmptyDataGiveClearErrors() {
        assertThatThrownBy(() -> new EnsembleTrainer(parts(), new double[] {0.5, Double.NaN}))
                .hasMessageContaining("ensemble weight of ials must be finite and >= 0, got NaN");
        assertThatThrownBy(() -> new EnsembleTrainer(parts(), new double[] {1, Double.POSITIVE_INFINITY}))
                .hasMessageContaining("finite");
        assertThatThrownBy(() -> new EnsembleTrainer(parts(), new double[] {-1, 1}))
                .hasMessageContaining(">= 0");
        assertThatThrownBy(() -> new EnsembleTrainer(parts(), new double[] {0, 0}))
                .hasMessageContaining("not all be 0");
        assertThatThrownBy(() -> new EnsembleTrainer(parts(), new double[] {1}))
                .hasMessageContaining("2 components and 1 weights");
        Interactions empty = Interactions.builder().build();
        assertThatThrownBy(() -> new EnsembleTrainer(parts(), new double[] {1, 1}).fit(empty, "none"))
                .hasMessageContaining("cannot train on empty interactions");
        assertThatThrownBy(() -> Algorithms.trainer("ensemble", java.util.Map.of("ialsWeight", Double.NaN), 1))
                .hasMessageContaining("finite");
    }
}
