package io.heed.bench.experiments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.heed.experiments.ope.CellMeanRewardModel;
import io.heed.experiments.ope.Estimate;
import io.heed.experiments.ope.LoggedDecision;
import io.heed.experiments.ope.OffPolicyEstimators;
import io.heed.experiments.ope.TabularPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Open Bandit Dataset sample, men campaign: bts's value estimated from the uniform-random logs, against the
 * independent computation in heed-experiments' golden/make_golden.py (which writes this module's
 * golden/ope_obd.json) and against bts's own on-policy CTR (0.0069).
 * Target pi(item | position) = share of bts's logged rows in that position showing the item (bts is not
 * contextual; this is its time-averaged slate distribution). Context bucket = position.
 */
class ObdOffPolicyTest {
    private static final int ITEMS = 34;
    private static Path obd;
    private static JsonNode golden;

    @BeforeAll
    static void locate() throws IOException {
        obd = Path.of(System.getProperty("heed.shared.data", "../shared/data"), "obd-sample");
        try (InputStream in = ObdOffPolicyTest.class.getResourceAsStream("/golden/ope_obd.json")) {
            golden = new ObjectMapper().readTree(in).get("cases").get(0);
        }
    }

    @Test
    void estimatesMatchTheIndependentPythonComputationAndBracketTheOnPolicyValue() throws IOException {
        assumeTrue(
                Files.isRegularFile(obd.resolve("random/men/men.csv")),
                "OBD sample not found under " + obd.toAbsolutePath() + " (set -Dheed.shared.data); skipping");
        List<LoggedDecision> random = ObdLogs.read(obd.resolve("random/men/men.csv"));
        List<LoggedDecision> bts = ObdLogs.read(obd.resolve("bts/men/men.csv"));
        TabularPolicy target = new TabularPolicy(ObdLogs.slateShares(bts, ITEMS));
        double smoothing = golden.get("smoothing").asDouble();
        CellMeanRewardModel model = CellMeanRewardModel.fit(random, 3, ITEMS, smoothing);
        double conf = golden.get("confidence").asDouble();

        Estimate ips = OffPolicyEstimators.ips(random, target, conf);
        Estimate snips = OffPolicyEstimators.snips(random, target, conf);
        Estimate dm = OffPolicyEstimators.directMethod(
                random, target, CellMeanRewardModel.fitter(3, ITEMS, smoothing), conf, 200, 20261128L);
        Estimate dr = OffPolicyEstimators.doublyRobust(random, target, model, conf);
        double onPolicy =
                bts.stream().mapToDouble(LoggedDecision::reward).average().orElseThrow();
        System.out.printf(
                "OBD men, bts from random logs: IPS %s SNIPS %s DM %s DR %s; on-policy %.4f%n",
                ips, snips, dm, dr, onPolicy);

        assertThat(onPolicy).isCloseTo(golden.get("bts_on_policy_ctr").asDouble(), within(1e-12));
        for (Estimate e : List.of(ips, snips, dm, dr)) {
            assertThat(e.value())
                    .as(e.method())
                    .isCloseTo(golden.get(e.method()).get("value").asDouble(), within(1e-12));
            assertThat(e.ci().contains(onPolicy))
                    .as(e.method() + " CI " + e.ci())
                    .isTrue();
        }
        for (Estimate e : List.of(ips, snips, dr)) {
            assertThat(e.standardError())
                    .as(e.method())
                    .isCloseTo(golden.get(e.method()).get("standard_error").asDouble(), within(1e-12));
        }
    }
}
