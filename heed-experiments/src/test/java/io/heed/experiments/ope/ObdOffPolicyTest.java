package io.heed.experiments.ope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.heed.experiments.Golden;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Open Bandit Dataset sample, men campaign: bts's value estimated from the uniform-random logs, against the
 * independent computation in golden/make_golden.py and against bts's own on-policy CTR (0.0069).
 * Target pi(item | position) = share of bts's logged rows in that position showing the item (bts is not
 * contextual; this is its time-averaged slate distribution). Context bucket = position.
 */
class ObdOffPolicyTest {
    private static final int ITEMS = 34;
    private static Path obd;
    private static JsonNode golden;

    @BeforeAll
    static void locate() {
        obd = Path.of(System.getProperty("heed.shared.data", "../shared/data"), "obd-sample");
        golden = Golden.cases("ope_obd.json").get(0);
    }

    @Test
    void estimatesMatchTheIndependentPythonComputationAndBracketTheOnPolicyValue() throws IOException {
        assumeTrue(Files.isRegularFile(obd.resolve("random/men/men.csv")),
                "OBD sample not found under " + obd.toAbsolutePath() + " (set -Dheed.shared.data); skipping");
        List<LoggedDecision> random = read(obd.resolve("random/men/men.csv"));
        List<LoggedDecision> bts = read(obd.resolve("bts/men/men.csv"));
        TabularPolicy target = new TabularPolicy(slateShares(bts));
        double smoothing = golden.get("smoothing").asDouble();
        CellMeanRewardModel model = CellMeanRewardModel.fit(random, 3, ITEMS, smoothing);
        double conf = golden.get("confidence").asDouble();

        Estimate ips = OffPolicyEstimators.ips(random, target, conf);
        Estimate snips = OffPolicyEstimators.snips(random, target, conf);
        Estimate dm = OffPolicyEstimators.directMethod(random, target, CellMeanRewardModel.fitter(3, ITEMS, smoothing), conf,
                200, 20261128L);
        Estimate dr = OffPolicyEstimators.doublyRobust(random, target, model, conf);
        double onPolicy = bts.stream().mapToDouble(LoggedDecision::reward).average().orElseThrow();
        System.out.printf("OBD men, bts from random logs: IPS %s SNIPS %s DM %s DR %s; on-policy %.4f%n",
                ips, snips, dm, dr, onPolicy);

        assertThat(onPolicy).isCloseTo(golden.get("bts_on_policy_ctr").asDouble(), within(1e-12));
        for (Estimate e : List.of(ips, snips, dm, dr)) {
            assertThat(e.value()).as(e.method()).isCloseTo(golden.get(e.method()).get("value").asDouble(), within(1e-12));
            assertThat(e.ci().contains(onPolicy)).as(e.method() + " CI " + e.ci()).isTrue();
        }
        for (Estimate e : List.of(ips, snips, dr)) {
            assertThat(e.standardError()).as(e.method())
                    .isCloseTo(golden.get(e.method()).get("standard_error").asDouble(), within(1e-12));
        }
    }

    private static double[][] slateShares(List<LoggedDecision> logs) {
        double[][] share = new double[3][ITEMS];
        double[] perPosition = new double[3];
        for (LoggedDecision d : logs) {
            share[d.context()][d.action()]++;
            perPosition[d.context()]++;
        }
        for (int p = 0; p < 3; p++) {
            for (int a = 0; a < ITEMS; a++) {
                share[p][a] /= perPosition[p];
            }
        }
        return share;
    }

    /** Reads item_id, position (1..3 → context 0..2), click and propensity_score from an OBD CSV. */
    private static List<LoggedDecision> read(Path csv) throws IOException {
        List<LoggedDecision> out = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            List<String> header = Arrays.asList(in.readLine().split(",", -1));
            int item = header.indexOf("item_id");
            int position = header.indexOf("position");
            int click = header.indexOf("click");
            int propensity = header.indexOf("propensity_score");
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] f = line.split(",", -1);
                out.add(new LoggedDecision(Integer.parseInt(f[position]) - 1, Integer.parseInt(f[item]),
                        Double.parseDouble(f[click]), Double.parseDouble(f[propensity])));
            }
        }
        return out;
    }
}
