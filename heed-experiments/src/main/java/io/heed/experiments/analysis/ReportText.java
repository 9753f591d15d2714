package io.heed.experiments.analysis;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A plain-text rendering of an {@link ExperimentReport}; metrics that could not be computed say why. */
public final class ReportText {
    private ReportText() {}

    public static String render(ExperimentReport r) {
        StringBuilder sb = new StringBuilder();
        sb.append("experiment ")
                .append(r.experiment())
                .append(" (control: ")
                .append(r.control())
                .append(")\n");
        sb.append("  units:");
        for (Map.Entry<String, Integer> e : r.units().entrySet()) {
            sb.append(String.format(Locale.ROOT, "  %s %,d", e.getKey(), e.getValue()));
        }
        sb.append('\n');
        if (r.srm() != null) {
            sb.append(String.format(
                    Locale.ROOT,
                    "  sample ratio: chi-square %.2f, p = %.3g%s%n",
                    r.srm().chiSquare(),
                    r.srm().pValue(),
                    r.srm().mismatch() ? "  MISMATCH" : " (as planned)"));
        }
        section(sb, "primary", r.primary());
        section(sb, "guardrails", r.guardrails());
        sb.append("  verdict: ").append(r.verdict()).append('\n');
        for (String reason : r.reasons()) {
            sb.append("    - ").append(reason).append('\n');
        }
        return sb.toString();
    }

    private static void section(StringBuilder sb, String title, List<MetricResult> results) {
        if (results.isEmpty()) {
            return;
        }
        sb.append("  ").append(title).append('\n');
        for (MetricResult m : results) {
            if (!m.computed()) {
                sb.append(String.format(
                        Locale.ROOT,
                        "    %-22s %-12s not computable: %s%n",
                        m.metric().wire(),
                        m.variant(),
                        m.problem()));
                continue;
            }
            Double rel = m.relative();
            sb.append(String.format(
                    Locale.ROOT,
                    "    %-22s %-12s control %.5g  variant %.5g  diff %+.4g "
                            + "[%+.4g, %+.4g]  %s  p = %.3g (adjusted %.3g)%n",
                    m.metric().wire(),
                    m.variant(),
                    m.control(),
                    m.value(),
                    m.difference(),
                    m.ci().lower(),
                    m.ci().upper(),
                    rel == null ? "rel n/a" : String.format(Locale.ROOT, "rel %+.1f%%", 100 * rel),
                    m.pValue(),
                    m.adjustedP()));
        }
    }
}
