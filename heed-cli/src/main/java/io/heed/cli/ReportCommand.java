package io.heed.cli;

import io.heed.app.LabelPersonas;
import io.heed.app.Models;
import io.heed.app.Reports;
import io.heed.profiles.persona.PersonaModel;
import io.heed.revenue.Attribution;
import io.heed.revenue.Dimension;
import io.heed.revenue.RevenueReport;
import io.heed.revenue.RevenueReportWriter;
import io.heed.storage.HeedStore;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code heed report revenue}: revenue, CTR, CVR, eCPM, RPM, ARPU and ROAS by campaign, persona, placement or day. */
@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        description = "Reports computed in the store.",
        subcommands = {ReportCommand.Revenue.class})
final class ReportCommand extends GroupCommand {
    enum Format {
        table,
        csv,
        json
    }

    @Command(
            name = "revenue",
            mixinStandardHelpOptions = true,
            description = "Ad revenue with last-click attribution, grouped by campaign, persona, placement or day.")
    static final class Revenue implements Callable<Integer> {
        @Mixin
        StoreOptions store;

        @Option(
                names = "--by",
                defaultValue = "campaign",
                description = "campaign, persona, placement or day (default: ${DEFAULT-VALUE}).")
        String by;

        @Option(
                names = "--format",
                defaultValue = "table",
                description = "table, csv or json (default: ${DEFAULT-VALUE}).")
        Format format;

        @Option(names = "--tenant", defaultValue = "default", description = "Tenant (default: ${DEFAULT-VALUE}).")
        String tenant;

        @Option(
                names = "--click-window",
                defaultValue = "P7D",
                description = "Last-click window, ISO-8601 (default: ${DEFAULT-VALUE}).")
        Duration clickWindow;

        @Option(
                names = "--view-through",
                paramLabel = "WINDOW",
                description = "Also credit conversions to the last impression within WINDOW (ISO-8601, e.g. P1D).")
        Duration viewWindow;

        @Override
        public Integer call() {
            Dimension d = Dimension.parse(by);
            Attribution a = Reports.attribution(clickWindow, viewWindow);
            try (HeedStore s = store.open()) {
                if (d == Dimension.PERSONA) {
                    refreshPersonas(s);
                }
                RevenueReport r = new Reports(s).revenue(tenant, d, a);
                System.out.print(
                        switch (format) {
                            case table -> Tables.revenue(r);
                            case csv -> RevenueReportWriter.csv(r);
                            case json -> RevenueReportWriter.json(r) + "\n";
                        });
            }
            return 0;
        }

        private void refreshPersonas(HeedStore s) {
            var file = PersonasCommand.modelPath(store, null);
            PersonaModel m = new Models(file, null).persona().orElse(null);
            if (m == null) {
                System.err.println("no persona model at " + file + ": users keep their stored labels "
                        + "(run `heed personas build` to group by persona)");
                return;
            }
            System.err.printf(
                    "labelled %,d users with the personas of %s%n", new LabelPersonas(s).refresh(m, tenant), file);
        }
    }
}
