package io.heed.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.heed.sim.SimConfig;
import io.heed.sim.Simulator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoAdsStepTest {
    @TempDir
    Path dir;

    @Test
    void aSimulatedDayOfAuctionsKeepsEveryBudget() throws Exception {
        new Simulator(SimConfig.small().withSeed(3)).run(dir, n -> {});
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new DemoAdsStep(dir, 3).run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out).contains("ad slots in day one").contains("publisher revenue");
        Matcher m = Pattern.compile("\\s(\\d+\\.\\d\\d)/\\s*(\\d+\\.\\d\\d)\\s").matcher(out);
        int rows = 0;
        while (m.find()) {
            rows++;
            assertThat(Double.parseDouble(m.group(1)))
                    .as(m.group())
                    .isLessThanOrEqualTo(Double.parseDouble(m.group(2)));
        }
        assertThat(rows).as(out).isPositive();
    }
}
