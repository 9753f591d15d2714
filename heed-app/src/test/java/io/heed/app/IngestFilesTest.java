package io.heed.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.heed.events.ingest.IngestFormat;
import io.heed.events.ingest.IngestReport;
import io.heed.events.ingest.ProgressListener;
import io.heed.storage.HeedStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** File ingest on a temp store: detected formats, a report per file, the quarantine, the policy, bad formats. */
class IngestFilesTest {
    @TempDir
    Path dir;

    /** Records what a front door would be shown; its progress listeners count their closing. */
    static final class Recorder implements IngestFiles.Listener {
        final List<String> shown = new ArrayList<>();

        @Override
        public ProgressListener starting(IngestFiles.Source source) {
            shown.add("start " + source.file().getFileName() + " "
                    + source.format().cliName());
            return new Closing();
        }

        @Override
        public void finished(IngestFiles.Source source, IngestReport report) {
            shown.add("done " + source.file().getFileName() + " " + report.accepted());
        }

        final class Closing implements ProgressListener, AutoCloseable {
            @Override
            public void progress(long done, long total) {}

            @Override
            public void close() {
                shown.add("closed");
            }
        }
    }

    @Test
    void loadsEachFileInItsDetectedFormatAndSumsTheReports() throws Exception {
        Path ads = Files.writeString(
                dir.resolve("ads.csv"),
                "ad_id,advertiser_id,campaign_id,category,format,bid_cpm,landing_item_id\n"
                        + "a1,adv1,c1,gaming,native,4.0,i1\n");
        Path events = Files.writeString(
                dir.resolve("events.csv"),
                "event_id,type,user_id,ad_id,item_id,timestamp,value,placement,session_id,page\n"
                        + "e1,impression,u1,a1,,2026-10-03T10:00:00Z,,home_feed,s1,feed/1\n"
                        + "e2,like,u1,,i1,2026-10-03T10:01:00Z,,,s1,feed/1\n"
                        + "e3,click,u1,a1,,not a time,,home_feed,s1,feed/1\n");
        try (HeedStore store = HeedStore.openEmbedded(dir.resolve("data"))) {
            Recorder shown = new Recorder();
            IngestReport total = new IngestFiles(store, IngestFiles.policy("acme", Set.of("like")))
                    .ingestAll(List.of(ads, events), null, shown);

            assertThat(shown.shown)
                    .containsExactly(
                            "start ads.csv ads-csv",
                            "closed",
                            "done ads.csv 1",
                            "start events.csv events-csv",
                            "closed",
                            "done events.csv 2");
            assertThat(total.quarantined()).isEqualTo(1);
            assertThat(total.accepted()).isEqualTo(3);

            // the same file again adds nothing; under a policy without the extra type the like is quarantined too
            IngestReport again = new IngestFiles(store, IngestFiles.policy("acme", Set.of()))
                    .ingest(events, IngestFormat.EVENTS_CSV);
            assertThat(again.accepted()).isZero();
            assertThat(again.duplicates()).isEqualTo(1);
            assertThat(again.quarantined()).isEqualTo(2);
        }
    }

    @Test
    void anUnknownOrUndetectableFormatIsAClearError() throws Exception {
        Path mystery = Files.writeString(dir.resolve("mystery.bin"), "\u0001\u0002");
        assertThatThrownBy(() -> IngestFiles.format(mystery, "cobol"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown format 'cobol'")
                .hasMessageContaining("events-csv");
        assertThatThrownBy(() -> IngestFiles.format(mystery, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot tell the format of " + mystery)
                .hasMessageContaining("--format");
        assertThat(IngestFiles.format(mystery, "events-jsonl")).isEqualTo(IngestFormat.EVENTS_JSONL);
    }
}
