package io.heed.ads.decide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;

class DecisionRequestTest {
    @Test
    void theBuilderDefaultsEveryOptionalPart() {
        DecisionRequest r = DecisionRequest.builder()
                .requestId("r")
                .placement("feed")
                .timestampMillis(5)
                .build();
        assertThat(r)
                .isEqualTo(
                        new DecisionRequest("r", "feed", null, false, null, Set.of(), null, null, null, 5, 0, 0, 0, 0));
        assertThat(r.personalised()).isFalse();
        assertThat(r.toBuilder().user("u").consent(true).build().personalised()).isTrue();
        assertThat(r.toBuilder().slotSize(728, 90).build().slotWidth()).isEqualTo(728);
    }

    @Test
    void buildRefusesWhatIsMissingOrOutOfRange() {
        assertThatThrownBy(() -> DecisionRequest.builder()
                        .placement("feed")
                        .timestampMillis(1)
                        .build())
                .hasMessageContaining("requestId");
        assertThatThrownBy(() -> DecisionRequest.builder()
                        .requestId("r")
                        .timestampMillis(1)
                        .build())
                .hasMessageContaining("placement");
        assertThatThrownBy(() -> DecisionRequest.builder()
                        .requestId("r")
                        .placement("feed")
                        .build())
                .hasMessageContaining("timestampMillis");
        DecisionRequest.Builder b =
                DecisionRequest.builder().requestId("r").placement("feed").timestampMillis(1);
        assertThatThrownBy(() -> b.maxAds(-1).build()).hasMessageContaining("maxAds");
        assertThatThrownBy(() -> b.maxAds(0).floorCpm(Double.NaN).build()).hasMessageContaining("floorCpm");
        assertThatThrownBy(() -> b.floorCpm(0).slotSize(-1, 5).build()).hasMessageContaining("slot sizes");
    }
}
