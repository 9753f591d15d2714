package io.heed.ctr.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.heed.ctr.CtrExamples;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FoldsTest {
    /** 203 rows, 23 positives (rows 0, 9, 18, ...): rare positives, as in OBD. */
    private static float[] labels() {
        float[] y = new float[203];
        for (int i = 0; i < y.length; i += 9) {
            y[i] = 1;
        }
        return y;
    }

    private static CtrExamples data(float[] y) {
        CtrExamples.Builder b = new CtrExamples.Builder();
        for (int i = 0; i < y.length; i++) {
            b.add(new int[] {i}, new float[] {1}, y[i], i);
        }
        return b.build();
    }

    @Test
    void everyFoldHoldsItsShareOfPositivesAndNegatives() {
        float[] y = labels();
        int[] fold = Folds.stratified(y, 5, 42);
        for (int f = 0; f < 5; f++) {
            int pos = 0;
            int all = 0;
            for (int i = 0; i < y.length; i++) {
                if (fold[i] == f) {
                    all++;
                    pos += (int) y[i];
                }
            }
            assertThat(pos).as("positives in fold %d", f).isBetween(4, 5);
            assertThat(all - pos).as("negatives in fold %d", f).isBetween(36, 36);
        }
    }

    @Test
    void theSameSeedGivesTheSameFoldsAndAnotherSeedOthers() {
        float[] y = labels();
        assertThat(Folds.stratified(y, 5, 42)).containsExactly(Folds.stratified(y, 5, 42));
        assertThat(Arrays.equals(Folds.stratified(y, 5, 42), Folds.stratified(y, 5, 43)))
                .isFalse();
    }

    @Test
    void eachRowIsTestedOncePerRepeatAndNeverTrainsOnItself() {
        CtrExamples d = data(labels());
        List<Splits.Split> splits = Folds.repeated(d, 5, 2, 42);
        assertThat(splits).hasSize(10);
        for (int r = 0; r < 2; r++) {
            Set<Long> tested = new HashSet<>();
            for (Splits.Split s : splits.subList(5 * r, 5 * r + 5)) {
                assertThat(s.train().size() + s.test().size()).isEqualTo(d.size());
                Set<Long> train = new HashSet<>();
                for (int i = 0; i < s.train().size(); i++) {
                    train.add(s.train().time(i));
                }
                for (int i = 0; i < s.test().size(); i++) {
                    assertThat(train).doesNotContain(s.test().time(i));
                    assertThat(tested.add(s.test().time(i))).isTrue();
                }
                for (int i = 1; i < s.train().size(); i++) {
                    assertThat(s.train().time(i))
                            .as("rows keep their order")
                            .isGreaterThan(s.train().time(i - 1));
                }
            }
            assertThat(tested).hasSize(d.size());
        }
    }

    @Test
    void tooFewPositivesOrFoldsAreClearErrors() {
        float[] y = new float[20];
        y[0] = 1;
        assertThatThrownBy(() -> Folds.stratified(y, 5, 1)).hasMessageContaining("found 1 positive and 19 negative");
        assertThatThrownBy(() -> Folds.stratified(labels(), 1, 1)).hasMessageContaining("k must be at least 2");
        assertThatThrownBy(() -> Folds.split(data(labels()), new int[3], 0)).hasMessageContaining("3 rows");
    }
}
