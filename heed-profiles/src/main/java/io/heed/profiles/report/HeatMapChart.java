package io.heed.profiles.report;

import io.heed.profiles.ProfileMatrix;
import java.util.ArrayList;
import java.util.List;

/**
 * Heat map of standardised persona means: one row per persona, one column per (non-constant) feature, the cell
 * being (persona mean − population mean) / population standard deviation over the current profiles, coloured blue
 * (below) to red (above), saturated at ±{@value #SATURATION}.
 */
public final class HeatMapChart {
    static final double SATURATION = 2.0;

    private HeatMapChart() {}

    /** {@code labels[i]} is the persona of row i; {@code names} the persona labels, by index. */
    public static String svg(ProfileMatrix m, int[] labels, List<String> names) {
        int k = names.size();
        int n = m.rows();
        int d = m.dims();
        double[] mean = new double[d];
        double[] sd = new double[d];
        double[][] pm = new double[k][d];
        int[] size = new int[k];
        for (int i = 0; i < n; i++) {
            size[labels[i]]++;
            for (int j = 0; j < d; j++) {
                double v = m.get(i, j);
                mean[j] += v;
                pm[labels[i]][j] += v;
            }
        }
        for (int j = 0; j < d; j++) {
            mean[j] /= Math.max(1, n);
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < d; j++) {
                double v = m.get(i, j) - mean[j];
                sd[j] += v * v;
            }
        }
        List<Integer> cols = new ArrayList<>();
        for (int j = 0; j < d; j++) {
            sd[j] = Math.sqrt(sd[j] / Math.max(1, n));
            if (sd[j] > 1e-12) {
                cols.add(j);
            }
        }
        int cell = 16;
        int left = 300;
        int top = 150;
        Svg s = new Svg(
                left + cell * cols.size() + 40,
                top + cell * k + 60,
                "Standardised persona means: "
                        + "(persona mean - population mean) / population sd, blue below, red above (saturated at +/-2)");
        for (int c = 0; c < cols.size(); c++) {
            double x = left + c * cell + cell / 2.0;
            s.text(
                    x,
                    top - 6,
                    m.features().names().get(cols.get(c)),
                    Svg.f("transform=\"rotate(-60 %.1f %d)\" font-size=\"10\"", x, top - 6));
        }
        for (int p = 0; p < k; p++) {
            double y = top + p * cell;
            s.openPersona(p, names.get(p));
            s.text(10, y + 12, Svg.f("#%d %s (%,d)", p, names.get(p), size[p]), "font-size=\"11\"");
            for (int c = 0; c < cols.size(); c++) {
                int j = cols.get(c);
                double z = size[p] == 0 ? 0 : (pm[p][j] / size[p] - mean[j]) / sd[j];
                s.rect(
                        left + c * cell,
                        y,
                        cell - 1,
                        cell - 1,
                        Svg.diverging(z / SATURATION),
                        Svg.f("data-z=\"%.3f\"", z));
            }
            s.close("g");
        }
        return s.done();
    }
}
