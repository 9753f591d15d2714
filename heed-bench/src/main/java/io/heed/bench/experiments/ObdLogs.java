package io.heed.bench.experiments;

import io.heed.experiments.ope.LoggedDecision;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The Open Bandit Dataset's logs as logged decisions (context = slot position 0..2, action = item, reward =
 * click, the logging policy's propensity), and its Thompson-sampling policy as a table.
 */
public final class ObdLogs {
    /** Slots per impression in OBD. */
    public static final int POSITIONS = 3;

    private ObdLogs() {}

    /** Reads item_id, position (1..3, stored 0-based), click and propensity_score of an OBD CSV. */
    public static List<LoggedDecision> read(Path csv) throws IOException {
        List<LoggedDecision> out = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            String first = in.readLine();
            if (first == null) {
                throw new IOException(csv + " is empty");
            }
            List<String> header = Arrays.asList(first.split(",", -1));
            int item = header.indexOf("item_id");
            int position = header.indexOf("position");
            int click = header.indexOf("click");
            int propensity = header.indexOf("propensity_score");
            if (item < 0 || position < 0 || click < 0 || propensity < 0) {
                throw new IOException(csv + " lacks item_id, position, click or propensity_score");
            }
            int lineNo = 1;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNo++;
                String[] f = line.split(",", -1);
                try {
                    out.add(new LoggedDecision(
                            Integer.parseInt(f[position]) - 1,
                            Integer.parseInt(f[item]),
                            Double.parseDouble(f[click]),
                            Double.parseDouble(f[propensity])));
                } catch (RuntimeException e) {
                    throw new IOException(csv + " line " + lineNo + ": " + e.getMessage(), e);
                }
            }
        }
        return out;
    }

    /**
     * A context-free policy as its share of logged rows per (position, item): how Thompson sampling, which ignores
     * the user, distributed its slates over the logging period.
     */
    public static double[][] slateShares(List<LoggedDecision> logs, int items) {
        double[][] share = new double[POSITIONS][items];
        double[] perPosition = new double[POSITIONS];
        for (LoggedDecision d : logs) {
            share[d.context()][d.action()]++;
            perPosition[d.context()]++;
        }
        for (int p = 0; p < POSITIONS; p++) {
            for (int a = 0; a < items; a++) {
                share[p][a] /= perPosition[p];
            }
        }
        return share;
    }
}
