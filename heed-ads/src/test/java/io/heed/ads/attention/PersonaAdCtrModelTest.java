package io.heed.ads.attention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.heed.ads.model.UserAdResponse;
import io.heed.ads.port.AttentionEstimator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PersonaAdCtrModelTest {
    @Test
    void theClickModelShrinksTowardTheAdAndGlobalRates() {
        PersonaAdCtrModel m = PersonaAdCtrModel.fit(
                List.of(
                        new UserAdResponse("u1", "a", 100, 10),
                        new UserAdResponse("u2", "a", 100, 0),
                        new UserAdResponse("u3", "b", 100, 2)),
                Map.of("u1", "p"),
                20,
                50);
        assertThat(m.global()).isEqualTo(12 / 300.0);
        double adA = (10 + 50 * 0.04) / (200 + 50);
        assertThat(m.predict(null, "a")).isCloseTo(adA, within(1e-12));
        assertThat(m.predict("p", "a")).isCloseTo((10 + 20 * adA) / 120, within(1e-12));
        assertThat(m.predict("q", "zzz")).isEqualTo(m.global());
        assertThatThrownBy(() -> PersonaAdCtrModel.fit(List.of(), Map.of(), 20, 50))
                .hasMessageContaining("no ad impressions");
        assertThatThrownBy(() -> PersonaAdCtrModel.fit(List.of(), Map.of(), 0, 50))
                .hasMessageContaining("> 0");
    }

    @Test
    void theEstimatorServesThePersonaAdRateByCampaignIdAndNoConversions() {
        PersonaAdCtrModel m = PersonaAdCtrModel.fit(
                List.of(new UserAdResponse("u1", "a", 100, 10), new UserAdResponse("u2", "b", 100, 1)),
                Map.of("u1", "p"),
                20,
                50);
        AttentionEstimator.Attention a = new PersonaCtrEstimator(m)
                .estimate(new AttentionEstimator.Query("u1", "p", null, "mobile", "feed", "a", "cr-a"));
        assertThat(a.pClick()).isCloseTo(m.predict("p", "a"), within(1e-12));
        assertThat(a.pConvert()).isZero();
    }
}
