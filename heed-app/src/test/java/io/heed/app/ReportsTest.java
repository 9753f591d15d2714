package io.heed.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.heed.events.ingest.IngestFormat;
import io.heed.events.ingest.ProgressListener;
import io.heed.events.sql.EventStore;
import io.heed.events.sql.MappingOptions;
import io.heed.events.validate.ValidationPolicy;
import io.heed.revenue.Attribution;
import io.heed.revenue.Dimension;
import io.heed.revenue.RevenueReport;
import io.heed.storage.HeedStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The revenue report use case on a tiny store: one click converts, a second purchase only through view-through. */
class ReportsTest {
    @TempDir
    Path dir;

    @Test
    void revenueByPlacementWithAndWithoutViewThrough() throws Exception {
        try (HeedStore store = HeedStore.openEmbedded(dir.resolve("data"))) {
            Path ads = Files.writeString(
                    dir.resolve("ads.csv"),
                    "ad_id,advertiser_id,campaign_id,category,format,bid_cpm,landing_item_id\n"
                            + "a1,adv1,c1,gaming,native,4.0,i1\n");
            Path events = Files.writeString(
                    dir.resolve("events.csv"),
                    "event_id,type,user_id,ad_id,item_id,timestamp,value,placement,session_id,page\n"
                            + "e1,impression,u1,a1,,2026-10-03T10:00:00Z,,home_feed,s1,feed/1\n"
                            + "e2,impression,u2,a1,,2026-10-03T10:00:00Z,,home_feed,s2,feed/1\n"
                            + "e3,click,u2,a1,,2026-10-03T10:01:00Z,,home_feed,s2,feed/1\n"
                            + "e4,purchase,u2,a1,i1,2026-10-03T11:00:00Z,20,,s2,checkout\n"
                            + "e5,purchase,u1,a1,i1,2026-10-03T12:00:00Z,10,,s1,checkout\n");
            EventStore es = EventStore.of(store);
            ValidationPolicy policy = ValidationPolicy.defaults();
            es.ingestFile(ads, IngestFormat.ADS_CSV, policy, MappingOptions.defaults(), ProgressListener.NONE);
            es.ingestFile(events, IngestFormat.EVENTS_CSV, policy, MappingOptions.defaults(), ProgressListener.NONE);

            Reports reports = new Reports(store);
            RevenueReport clicks =
                    reports.revenue("default", Dimension.PLACEMENT, Reports.attribution(Duration.ofDays(7), null));
            assertThat(clicks.by()).isEqualTo(Dimension.PLACEMENT);
            assertThat(clicks.rows())
                    .singleElement()
                    .satisfies(r -> assertThat(r.totals().key()).isEqualTo("home_feed"));
            assertThat(clicks.total().totals().impressions()).isEqualTo(2);
            assertThat(clicks.total().totals().clicks()).isEqualTo(1);
            assertThat(clicks.total().totals().clickConversions()).isEqualTo(1);
            assertThat(clicks.total().totals().viewConversions()).isZero();

            RevenueReport views = reports.revenue(
                    "default", Dimension.PLACEMENT, Reports.attribution(Duration.ofDays(7), Duration.ofDays(1)));
            assertThat(views.total().totals().clickConversions()).isEqualTo(1);
            assertThat(views.total().totals().viewConversions()).isEqualTo(1);
        }
    }

    @Test
    void attributionKeepsAValidViewWindowWhenViewThroughIsOff() {
        Attribution off = Reports.attribution(Duration.ofHours(24), null);
        assertThat(off.viewThrough()).isFalse();
        assertThat(off.clickWindow()).isEqualTo(Duration.ofHours(24));
        assertThat(Reports.attribution(Duration.ofDays(7), Duration.ofHours(6)))
                .isEqualTo(Attribution.defaults().withViewThrough(Duration.ofHours(6)));
        assertThatThrownBy(() -> Reports.attribution(Duration.ZERO, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("click window");
    }
}
