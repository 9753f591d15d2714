package io.heed.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code heed report revenue} on a tiny hand-made store, in each format, and its bad input. */
class ReportCommandTest {
    @TempDir
    Path dir;

    private CapturedConsole console;

    @BeforeEach
    void capture() {
        console = new CapturedConsole();
    }

    @AfterEach
    void restore() {
        console.close();
    }

    String run(int expectedCode, String... args) {
        return console.run(expectedCode, args);
    }

    @Test
    void revenueByPlacementInEveryFormat() throws Exception {
        String data = dir.resolve("data").toString();
        // an empty store: every rate n/a, nothing printed as NaN
        assertThat(run(0, "report", "revenue", "--data-dir", data))
                .contains("n/a")
                .doesNotContain("NaN");
        Path ads = Files.writeString(
                dir.resolve("ads.csv"),
                "ad_id,advertiser_id,campaign_id,category,format,bid_cpm,"
                        + "landing_item_id\na1,adv1,c1,gaming,native,4.0,i1\n");
        Path events = Files.writeString(
                dir.resolve("events.csv"),
                "event_id,type,user_id,ad_id,item_id,timestamp,value,"
                        + "placement,session_id,page\n"
                        + "e1,impression,u1,a1,,2026-10-03T10:00:00Z,,home_feed,s1,feed/1\n"
                        + "e2,impression,u2,a1,,2026-10-03T10:00:00Z,,home_feed,s2,feed/1\n"
                        + "e3,click,u2,a1,,2026-10-03T10:01:00Z,,home_feed,s2,feed/1\n"
                        + "e4,purchase,u2,a1,i1,2026-10-03T11:00:00Z,20,,s2,checkout\n");
        run(0, "ingest", "--data-dir", data, ads.toString());
        run(0, "ingest", "--data-dir", data, events.toString());
        String table = run(0, "report", "revenue", "--data-dir", data, "--by", "placement");
        assertThat(table).contains("home_feed").contains("50.000").contains("TOTAL");
        String csv = run(0, "report", "revenue", "--data-dir", data, "--by", "day", "--format", "csv");
        assertThat(csv).contains("2026-10-03,2,1,1,0,0.008,20.0,2,2,0.5,1.0,4.0,4.0,0.004,2500.0");
        String json = run(0, "report", "revenue", "--data-dir", data, "--format", "json");
        assertThat(json).startsWith("{\"by\":\"campaign\"").contains("\"key\":\"c1\"");
        // persona grouping without a persona model says so and groups everyone under (no persona)
        assertThat(run(0, "report", "revenue", "--data-dir", data, "--by", "persona"))
                .contains("(no persona)")
                .contains("no persona model");
        assertThat(run(1, "report", "revenue", "--data-dir", data, "--by", "country"))
                .contains("unknown grouping 'country'");
        assertThat(run(2, "report", "revenue", "--data-dir", data, "--click-window", "soon"))
                .contains("--click-window");
    }
}
