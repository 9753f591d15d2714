package io.heed.sim;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvTest {

    @Test
    void fieldsAreQuotedOnlyWhenNeeded() {
        StringBuilder sb = new StringBuilder();

        Csv.appendField(sb, "plain");
        sb.append('|');
        Csv.appendField(sb, "a, b");
        sb.append('|');
        Csv.appendField(sb, "say \"hi\"");

        assertThat(sb).hasToString("plain|\"a, b\"|\"say \"\"hi\"\"\"");
        assertThat(CsvRows.parse("\"a, b\",\"say \"\"hi\"\"\",x")).containsExactly("a, b", "say \"hi\"", "x");
    }

    @ParameterizedTest
    @CsvSource({
        "12.5, 2, 12.50",
        "0.005, 2, 0.01",
        "3, 0, 3",
        "0.0421, 6, 0.042100",
        "-1.25, 1, -1.3",
        "1799.96, 1, 1800.0",
        "0.0000004, 6, 0.000000",
        "7.05, 2, 7.05"
    })
    void fixedPointFormatting(double value, int decimals, String expected) {
        StringBuilder sb = new StringBuilder();

        Csv.appendFixed(sb, value, decimals);

        assertThat(sb).hasToString(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "2026-10-01T07:13:05.123Z",
        "2026-10-01T00:00:00Z",
        "2026-12-31T23:59:59.999Z",
        "2026-10-02T00:00:00.007Z",
        "1969-12-31T23:59:59.950Z"
    })
    void timestampsAreIsoUtcWithMillis(String iso) {
        Instant t = Instant.parse(iso);
        Csv.Timestamps ts = new Csv.Timestamps();

        String formatted = ts.format(t.toEpochMilli());

        assertThat(formatted).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
        assertThat(Instant.parse(formatted)).isEqualTo(t);
    }

    @Test
    void identifiersArePaddedButNeverTruncated() {
        StringBuilder sb = new StringBuilder();
        Ids.appendEvent(sb, 123);
        sb.append(' ');
        Ids.appendEvent(sb, 12_345_678_901L);

        assertThat(sb).hasToString("e000000123 e12345678901");
        assertThat(Ids.user(0)).isEqualTo("u000001");
        assertThat(Ids.anonymous(0xabcL)).isEqualTo("anon-000000000abc");
    }
}
