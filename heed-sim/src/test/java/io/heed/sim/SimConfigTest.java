package io.heed.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SimConfigTest {

    @Test
    void demoIsTheDocumentedPublisher() {
        SimConfig demo = SimConfig.demo();

        assertThat(demo)
                .isEqualTo(new SimConfig(
                        42,
                        10_000,
                        2_000,
                        50,
                        500,
                        6,
                        1_000_000,
                        Instant.parse("2026-10-01T00:00:00Z"),
                        14,
                        "default"));
        assertThat(demo.end()).isEqualTo(Instant.parse("2026-10-15T00:00:00Z"));
    }

    @Test
    void withersChangeOnlyTheirField() {
        SimConfig demo = SimConfig.demo();

        SimConfig changed = demo.withEvents(50_000).withSeed(7).withDays(3).withTenant("acme");

        assertThat(changed.targetEvents()).isEqualTo(50_000);
        assertThat(changed.seed()).isEqualTo(7);
        assertThat(changed.days()).isEqualTo(3);
        assertThat(changed.tenantId()).isEqualTo("acme");
        assertThat(changed.users()).isEqualTo(demo.users());
        assertThat(changed.items()).isEqualTo(demo.items());
        assertThat(changed.ads()).isEqualTo(demo.ads());
        assertThat(changed.start()).isEqualTo(demo.start());
    }

    static Stream<Arguments> invalid() {
        return Stream.of(
                Arguments.of((UnaryOperator<SimConfig>) c -> c.withUsers(0), "users must be positive, was 0"),
                Arguments.of((UnaryOperator<SimConfig>) c -> c.withAdvertisers(-1), "advertisers must be positive"),
                Arguments.of((UnaryOperator<SimConfig>) c -> c.withPersonas(0), "personas must be positive"),
                Arguments.of(
                        (UnaryOperator<SimConfig>) c -> c.withItems(5),
                        "items must be at least 12 (one per category), was 5"),
                Arguments.of(
                        (UnaryOperator<SimConfig>) c -> c.withAds(10), "ads (10) must be at least advertisers (50)"),
                Arguments.of((UnaryOperator<SimConfig>) c -> c.withUsers(5), "personas (6) must not exceed users (5)"),
                Arguments.of(
                        (UnaryOperator<SimConfig>) c -> c.withEvents(999),
                        "targetEvents must be at least 10000, was 999"),
                Arguments.of((UnaryOperator<SimConfig>) c -> c.withDays(0), "days must be between 1 and 366, was 0"),
                Arguments.of((UnaryOperator<SimConfig>) c -> c.withTenant("a,b"), "tenantId must be"),
                Arguments.of((UnaryOperator<SimConfig>) c -> c.withTenant(""), "tenantId must be"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("invalid")
    void invalidConfigsAreRejectedWithAClearMessage(UnaryOperator<SimConfig> change, String message) {
        assertThatThrownBy(() -> change.apply(SimConfig.demo()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }

    @Test
    void nullStartIsRejected() {
        assertThatThrownBy(() -> SimConfig.demo().withStart(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("start");
    }
}
