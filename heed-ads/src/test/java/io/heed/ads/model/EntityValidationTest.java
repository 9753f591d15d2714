package io.heed.ads.model;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityValidationTest {
    static final Schedule S = new Schedule(Instant.EPOCH, Instant.parse("2030-01-01T00:00:00Z"), Schedule.ALL_HOURS);

    @Test
    void badValuesNameTheirField() {
        assertThatThrownBy(
                        () -> new Campaign("c", "a", null, Status.ACTIVE, Pricing.CPM, 0, 10, 10, S, null, List.of()))
                .isInstanceOf(InvalidEntityException.class)
                .hasMessageStartingWith("bid:");
        assertThatThrownBy(() -> new Campaign("c", "a", null, Status.ACTIVE, Pricing.CPM, -2, 10, 10, S, null, null))
                .hasMessageStartingWith("bid:");
        assertThatThrownBy(() -> new Campaign("c", "a", null, Status.ACTIVE, Pricing.CPM, 1, 10, 20, S, null, null))
                .hasMessageStartingWith("daily_budget:");
        assertThatThrownBy(() ->
                        new Campaign("c", "a", null, Status.ACTIVE, Pricing.CPM, Double.NaN, 10, 10, S, null, null))
                .hasMessageStartingWith("bid:");
        assertThatThrownBy(() -> new Schedule(Instant.EPOCH, Instant.EPOCH, 1)).hasMessageStartingWith("schedule.end:");
        assertThatThrownBy(() -> new Placement("p", AdFormat.BANNER, 300, 250, 1, -1))
                .hasMessageStartingWith("floor_cpm:");
        assertThatThrownBy(() -> new Creative("x", "c", AdFormat.BANNER, 1, 1, "ftp://x", null, Status.ACTIVE, 1))
                .hasMessageStartingWith("landing_url:");
        assertThatThrownBy(() -> Pricing.parse("pricing", "cpx")).hasMessageStartingWith("pricing:");
    }
}
