package io.heed.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.heed.revenue.Attribution;
import io.heed.revenue.Dimension;
import io.heed.revenue.LedgerTotals;
import io.heed.revenue.RevenueLedger;
import io.heed.revenue.RevenueQuery;
import io.heed.revenue.RevenueReport;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TablesTest {
    @Test
    void columnsAlignToTheirWidestCellWithoutTrailingSpaces() {
        assertThat(Tables.aligned(List.of(new String[] {"name", "n", "note"}, new String[] {"a", "1,000", "x"}), "lrl"))
                .isEqualTo("name      n  note\na     1,000  x\n");
    }

    @Test
    void theRevenueTableIsWhatRevenueReportWriterPrintedBefore() throws IOException {
        // given: the report and the text the revenue stage's own table writer printed for it
        LedgerTotals x = new LedgerTotals("small\u0001", 10, 0.01, 1, 0, 0, 0, 5, 2);
        LedgerTotals y = new LedgerTotals("big, \"quoted\" \\ é", 100_000, 1234.2, 3, 1, 0, 9.5, 50, 20);
        LedgerTotals all = new LedgerTotals("all", 100_010, 1234.21, 4, 1, 0, 9.5, 55, 21);
        RevenueLedger ledger = new RevenueLedger() {
            @Override
            public List<LedgerTotals> totals(RevenueQuery q) {
                return q.by() == Dimension.TOTAL ? List.of(all) : List.of(x, y);
            }

            @Override
            public long unattributedConversions(RevenueQuery q) {
                return 3;
            }
        };
        RevenueReport r = RevenueReport.of(ledger, null, Dimension.CAMPAIGN, Attribution.defaults());
        try (InputStream in = getClass().getResourceAsStream("revenue-table-before.txt")) {
            // then
            assertThat(Tables.revenue(r)).isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
