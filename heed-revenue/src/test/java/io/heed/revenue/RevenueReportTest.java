package io.heed.revenue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Metrics, ordering and the three output formats, on ledger rows given by hand. */
class RevenueReportTest {
    /** A ledger that answers from fixed rows: the SQL ledger itself is tested against both databases in io.heed.revenue.sql. */
    static RevenueLedger fixed(List<LedgerTotals> rows, LedgerTotals total, long unattributed) {
        return new RevenueLedger() {
            @Override
            public List<LedgerTotals> totals(RevenueQuery q) {
                return q.by() == Dimension.TOTAL ? List.of(total) : rows;
            }

            @Override
            public long unattributedConversions(RevenueQuery q) {
                return unattributed;
            }
        };
    }

    @Test
    void metricsFollowTheirDefinitions() {
        RevenueRow r = new RevenueRow(new LedgerTotals("c1", 2000, 5.0, 40, 4, 1, 200, 1000, 250));
        assertThat(r.ctr().getAsDouble()).isCloseTo(0.02, within(1e-12));
        assertThat(r.cvr().getAsDouble()).isCloseTo(0.1, within(1e-12));
        assertThat(r.ecpm().getAsDouble()).isCloseTo(2.5, within(1e-12));
        assertThat(r.rpm().getAsDouble()).isCloseTo(5.0, within(1e-12));
        assertThat(r.arpu().getAsDouble()).isCloseTo(0.02, within(1e-12));
        assertThat(r.roas().getAsDouble()).isCloseTo(40, within(1e-12));
    }

    @Test
    void rowsAreOrderedByRevenueAndFormatsAgree() {
        LedgerTotals a = new LedgerTotals("small", 10, 0.01, 1, 0, 0, 0, 5, 2);
        LedgerTotals b = new LedgerTotals("big, \"quoted\"", 100, 0.2, 3, 1, 0, 9.5, 50, 20);
        RevenueReport r = RevenueReport.of(
                fixed(List.of(a, b), new LedgerTotals("all", 110, 0.21, 4, 1, 0, 9.5, 55, 21), 3),
                null,
                Dimension.CAMPAIGN,
                Attribution.defaults());
        assertThat(r.rows()).extracting(x -> x.totals().key()).containsExactly("big, \"quoted\"", "small");
        String csv = RevenueReportWriter.csv(r);
        assertThat(csv.lines().findFirst().orElseThrow())
                .isEqualTo("campaign,impressions,clicks,conversions,"
                        + "view_conversions,revenue,conversion_value,page_views,users,ctr,cvr,ecpm,rpm,arpu,roas");
        // "small" has clicks but no conversion value: ROAS is 0, CVR 0; nothing undefined
        assertThat(csv).contains("\"big, \"\"quoted\"\"\",100,3,1,0,0.2,9.5,50,20,0.03,");
        assertThat(RevenueReportWriter.json(r))
                .startsWith("{\"by\":\"campaign\",\"attribution\":{\"click_window_seconds\":604800")
                .contains("\"unattributed_conversions\":3")
                .contains("\"key\":\"big, \\\"quoted\\\"\"");
        assertThat(RevenueReportWriter.tableRows(r))
                .extracting(l -> l[0])
                .containsExactly("campaign", "big, \"quoted\"", "small", "TOTAL");
        assertThat(RevenueReportWriter.tableNotes(r))
                .contains("3 conversions unattributed")
                .contains("last click within 7 days");
        assertThat(RevenueReportWriter.span(Duration.ofMinutes(90))).isEqualTo("90 minutes");
        assertThat(RevenueReportWriter.span(Duration.ofHours(1))).isEqualTo("1 hour");
    }

    @Test
    void badInputIsAClearError() {
        assertThatThrownBy(() -> Dimension.parse("country"))
                .hasMessageContaining("unknown grouping 'country'")
                .hasMessageContaining("campaign, persona, placement, day");
        assertThatThrownBy(() -> new Attribution(Duration.ZERO, false, Duration.ofDays(1)))
                .hasMessageContaining("click window must be positive");
        assertThatThrownBy(() -> new LedgerTotals("x", 1, Double.NaN, 0, 0, 0, 0, 0, 0))
                .hasMessageContaining("non-finite");
        assertThatThrownBy(() ->
                        RevenueReport.of(fixed(List.of(), null, 0), null, Dimension.TOTAL, Attribution.defaults()))
                .hasMessageContaining("group by campaign");
        assertThat(Dimension.parse(" Day ")).isEqualTo(Dimension.DAY);
    }

    /** The revenue report exactly as the hand-built JSON writer Jackson replaced wrote it (the API's body too). */
    static RevenueReport mixed() {
        LedgerTotals x = new LedgerTotals("small\u0001", 10, 0.01, 1, 0, 0, 0, 5, 2);
        LedgerTotals y = new LedgerTotals("big, \"quoted\" \\ é", 100_000, 1234.2, 3, 1, 0, 9.5, 50, 20);
        LedgerTotals all = new LedgerTotals("all", 100_010, 1234.21, 4, 1, 0, 9.5, 55, 21);
        return RevenueReport.of(fixed(List.of(x, y), all, 3), null, Dimension.CAMPAIGN, Attribution.defaults());
    }

    @Test
    void theJsonIsByteForByteWhatTheHandBuiltWriterWrote() throws java.io.IOException {
        try (java.io.InputStream in = getClass().getResourceAsStream("revenue-report-before-jackson.json")) {
            assertThat(RevenueReportWriter.json(mixed()))
                    .isEqualTo(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}
