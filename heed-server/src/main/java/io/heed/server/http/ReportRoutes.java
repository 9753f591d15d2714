package io.heed.server.http;

import io.heed.app.Reports;
import io.heed.revenue.Attribution;
import io.heed.revenue.Dimension;
import io.heed.revenue.RevenueReport;
import io.heed.revenue.RevenueReportWriter;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * {@code GET /v1/reports/revenue?by=campaign|persona|placement|day&tenant=&click_window_hours=&view_through_hours=}:
 * the revenue report of heed-revenue, computed in the store on a worker thread, in the same JSON as
 * {@code heed report revenue --format json}. A bad parameter is a 400 naming it.
 */
public final class ReportRoutes {
    private final Reports reports;

    public ReportRoutes(Reports reports) {
        this.reports = reports;
    }

    public void mount(Router router) {
        router.get("/v1/reports/revenue").blockingHandler(this::revenue, false);
    }

    private void revenue(RoutingContext ctx) {
        Dimension by;
        Attribution attribution;
        try {
            by = Dimension.parse(param(ctx, "by", "campaign"));
            if (by == Dimension.TOTAL) {
                throw new IllegalArgumentException("by=total is not a grouping: the total comes with every report");
            }
        } catch (IllegalArgumentException e) {
            JsonResponses.error(ctx, 400, "invalid_parameter", "by: " + e.getMessage());
            return;
        }
        try {
            long click = hours(ctx, "click_window_hours", 24 * 7);
            String vt = ctx.request().getParam("view_through_hours");
            attribution = Reports.attribution(
                    Duration.ofHours(click),
                    vt != null ? Duration.ofHours(hours(ctx, "view_through_hours", 24)) : null);
        } catch (IllegalArgumentException e) {
            JsonResponses.error(ctx, 400, "invalid_parameter", e.getMessage());
            return;
        }
        RevenueReport r = reports.revenue(param(ctx, "tenant", "default"), by, attribution);
        JsonResponses.sendBytes(ctx, 200, RevenueReportWriter.json(r).getBytes(StandardCharsets.UTF_8));
    }

    private static String param(RoutingContext ctx, String name, String fallback) {
        String v = ctx.request().getParam(name);
        return v == null || v.isBlank() ? fallback : v;
    }

    private static long hours(RoutingContext ctx, String name, long fallback) {
        String v = param(ctx, name, Long.toString(fallback));
        try {
            long h = Long.parseLong(v.strip());
            if (h <= 0) {
                throw new IllegalArgumentException(name + ": must be a positive number of hours, was " + v);
            }
            return h;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + ": not a whole number of hours: '" + v + "'", e);
        }
    }
}
