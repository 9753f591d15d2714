package io.heed.ctr.explain;

import static org.assertj.core.api.Assertions.assertThat;

import io.heed.ctr.Contribution;
import io.heed.ctr.Explanation;
import io.heed.ctr.PositionBias;
import io.heed.ctr.features.CtrRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

class WhyThisAdTest {

    @Test
    void phrasesThePositiveReasonsWithoutIdentifiers() {
        Explanation e = new Explanation(
                "ftrl-lr",
                0.05,
                -2.9,
                -3.5,
                List.of(
                        new Contribution("user=u000042×category=sports", 0.9),
                        new Contribution("target=ad00080", -0.4),
                        new Contribution("device=mobile", 0.3),
                        new Contribution("user=u000042", 0.2),
                        new Contribution("unknownfield=x", 0.1)));

        String text = WhyThisAd.text(e, 3);

        assertThat(text)
                .isEqualTo("You are seeing this ad because of your interest in sports, the device you are "
                        + "using (mobile) and your past activity on this site.");
        assertThat(text).doesNotContain("u000042").doesNotContain("ad00080");
    }

    @Test
    void saysSoWhenNothingRaisedTheChance() {
        Explanation e = new Explanation("fm", 0.01, -4.6, -4.0, List.of(new Contribution("position=9", -0.6)));
        assertThat(WhyThisAd.text(e, 3)).contains("nothing about you");
    }

    @Test
    void servingPositionIsFixed() {
        CtrRequest r = CtrRequest.builder()
                .put("position", "7")
                .put("ad", "a1")
                .put("seen", 2.0)
                .build();
        CtrRequest fixed = PositionBias.atServingPosition(r, "position");
        assertThat(fixed.get("position")).isEqualTo(PositionBias.SERVING_POSITION);
        assertThat(fixed.get("ad")).isEqualTo("a1");
        assertThat(fixed.number("seen")).isEqualTo(2.0);
    }
}
