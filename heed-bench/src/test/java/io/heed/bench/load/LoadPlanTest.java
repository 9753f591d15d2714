package io.heed.bench.load;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LoadPlanTest {
    static LoadPlan plan(String url) {
        return LoadPlan.forDuration(URI.create(url), 1, Duration.ofSeconds(1), 1, n -> new byte[0]);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://127.0.0.1:8080/v1/events",
                "http://localhost/x",
                "http://127.1.2.3:1/",
                "http://[::1]:9000/v1/events",
                "http://LOCALHOST:1/"
            })
    void acceptsLoopbackTargets(String url) {
        assertThatCode(() -> plan(url)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://10.0.0.1:8080/v1/events",
                "http://example.com/",
                "http://128.0.0.1/",
                "http://0.0.0.0:8080/",
                "http://127.0.0.300/",
                "http://[::2]/",
                "http://localhost.example.com/",
                "http://192.168.1.1/"
            })
    void refusesAnyOtherHost(String url) {
        assertThatThrownBy(() -> plan(url))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("loopback");
    }
}
