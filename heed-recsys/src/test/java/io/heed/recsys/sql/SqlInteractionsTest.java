package io.heed.recsys.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.heed.events.ingest.IngestFormat;
import io.heed.events.ingest.ProgressListener;
import io.heed.events.sql.Cleaner;
import io.heed.events.sql.CleaningConfig;
import io.heed.events.sql.EventStore;
import io.heed.events.sql.MappingOptions;
import io.heed.events.validate.ValidationPolicy;
import io.heed.recsys.EventWeights;
import io.heed.recsys.Interactions;
import io.heed.storage.HeedStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Weighted interactions from a tiny hand-made DuckDB store; every weight computed by hand. */
class SqlInteractionsTest {
    private static final String HEADER = "event_id,tenant_id,type,user_id,anonymous_id,item_id,ad_id,timestamp,value,"
            + "placement,position,device,platform,geo,session_id,page\n";

    @Test
    void sumsEventTypeWeightsScalesDwellAndSkipsBotsImpressionsAndUsersWithoutConsent(@TempDir Path dir)
            throws Exception {
        try (HeedStore store = HeedStore.openEmbedded(dir.resolve("data"))) {
            Path users = Files.writeString(
                    dir.resolve("users.csv"),
                    "user_id,tenant_id,consent_personalisation,"
                            + "consent_advertising,consent_measurement,created_at,geo\n"
                            + "u1,,true,true,true,2026-09-01T00:00:00Z,FR\nu3,,false,true,true,2026-09-01T00:00:00Z,FR\n");
            StringBuilder ev = new StringBuilder(HEADER);
            ev.append("e1,,view,u1,,i1,,2026-10-03T01:00:00Z,,,,mobile,ios,FR,s1,\n");
            ev.append("e2,,click,u1,,i2,,2026-10-03T01:05:00Z,,,,mobile,ios,FR,s1,\n");
            ev.append("e3,,dwell,u1,,i2,,2026-10-03T01:06:00Z,90,,,mobile,ios,FR,s1,\n");
            ev.append("e4,,purchase,u1,,i2,,2026-10-03T01:10:00Z,50,,,mobile,ios,FR,s1,\n");
            ev.append("e5,,dwell,u1,,i3,,2026-10-03T01:20:00Z,7200,,,mobile,ios,FR,s1,\n");
            ev.append("e6,,impression,u2,,i1,,2026-10-05T13:00:00Z,,,,desktop,web,DE,s2,\n");
            ev.append("e7,,view,u2,,i3,,2026-10-05T13:01:00Z,,,,desktop,web,DE,s2,\n");
            ev.append("e8,,view,u2,,i3,,2026-10-06T13:01:00Z,,,,desktop,web,DE,s3,\n");
            ev.append("e9,,purchase,u3,,i1,,2026-10-06T13:01:00Z,5,,,desktop,web,DE,s4,\n");
            for (int i = 0; i < 100; i++) {
                ev.append("b")
                        .append(i)
                        .append(",,click,bot,,i3,,2026-10-04T08:00:")
                        .append(String.format("%02d", i % 60))
                        .append("Z,,,,desktop,web,US,sb,\n");
            }
            Path events = Files.writeString(dir.resolve("events.csv"), ev.toString());
            EventStore.of(store)
                    .ingestFile(
                            users,
                            IngestFormat.USERS_CSV,
                            ValidationPolicy.defaults(),
                            MappingOptions.defaults(),
                            ProgressListener.NONE);
            EventStore.of(store)
                    .ingestFile(
                            events,
                            IngestFormat.EVENTS_CSV,
                            ValidationPolicy.defaults(),
                            MappingOptions.defaults(),
                            ProgressListener.NONE);
            new Cleaner(store).clean(CleaningConfig.defaults());

            Interactions m = SqlInteractions.read(store, null, EventWeights.defaults());
            assertThat(m.users().ids()).containsExactly("u1", "u2"); // no bot, no u3 (declined personalisation)
            assertThat(weight(m, "u1", "i1")).isEqualTo(1f);
            assertThat(weight(m, "u1", "i2")).isEqualTo(2f + 1.5f + 8f); // click + 90 s dwell + purchase
            assertThat(weight(m, "u1", "i3")).isEqualTo(10f); // dwell capped at 10 minutes
            assertThat(weight(m, "u2", "i3")).isEqualTo(2f);
            assertThat(m.row(m.users().indexOf("u2"))).hasSize(1); // the impression alone is no interaction
            assertThat(m.timeValues()).isNotNull();

            Interactions noPurchase =
                    SqlInteractions.read(store, null, EventWeights.defaults().with(Map.of("purchase", 0.0)));
            assertThat(weight(noPurchase, "u1", "i2")).isEqualTo(3.5f);
        }
    }

    @Test
    void badWeightsAreClearErrors() {
        assertThatThrownBy(() -> EventWeights.defaults().with(Map.of("purchase", Double.NaN)))
                .hasMessageContaining("purchase");
        assertThatThrownBy(() -> EventWeights.defaults().with(Map.of("checkout", 1.0)))
                .hasMessageContaining("unknown event weight 'checkout'");
        assertThatThrownBy(() -> EventWeights.defaults().with(Map.of("view", -1.0)))
                .hasMessageContaining(">= 0");
    }

    private static float weight(Interactions m, String user, String item) {
        int u = m.users().indexOf(user);
        int i = m.items().indexOf(item);
        for (int p = m.rowStart(u); p < m.rowEnd(u); p++) {
            if (m.itemIndices()[p] == i) {
                return m.weightValues()[p];
            }
        }
        throw new AssertionError(user + " has no " + item);
    }
}
