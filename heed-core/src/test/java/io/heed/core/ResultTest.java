package io.heed.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ResultTest {
    @Test
    void okMapsAndUnwraps() {
        Result<Integer> r = Result.ok(2).map(x -> x * 21);
        assertThat(r.isOk()).isTrue();
        assertThat(r.orThrow()).isEqualTo(42);
    }

    @Test
    void errCarriesTheProblemThroughMapAndNamesItWhenUnwrapped() {
        Result<Integer> r = Result.<Integer>err(Problem.of("bad_timestamp", "timestamp", "not a date"));
        Result<String> mapped = r.map(String::valueOf);
        assertThat(mapped.isOk()).isFalse();
        assertThatThrownBy(mapped::orThrow)
                .hasMessageContaining("bad_timestamp")
                .hasMessageContaining("timestamp");
    }
}
