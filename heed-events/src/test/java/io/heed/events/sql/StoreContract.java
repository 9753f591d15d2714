package io.heed.events.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.heed.core.Result;
import io.heed.events.ingest.IngestFormat;
import io.heed.events.ingest.IngestReport;
import io.heed.events.ingest.ProgressListener;
import io.heed.events.ingest.Quarantined;
import io.heed.events.model.Event;
import io.heed.events.port.EventAppender.AppendResult;
import io.heed.events.validate.EventValidator;
import io.heed.events.validate.RawEvent;
import io.heed.events.validate.ValidationPolicy;
import io.heed.storage.HeedStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One contract for every store: each backend's test class extends this and says how to open a fresh, empty store.
 * Small files are generated per test.
 */
abstract class StoreContract {
    static final String HEADER = "event_id,tenant_id,type,user_id,anonymous_id,item_id,ad_id,timestamp,value,"
            + "placement,position,device,platform,geo,session_id,page\n";

    @TempDir
    Path dir;

    HeedStore store;
    final ValidationPolicy policy = ValidationPolicy.defaults();

    /** A fresh, empty store. */
    abstract HeedStore openFresh(Path dir) throws Exception;

    @BeforeEach
    void open() throws Exception {
        store = openFresh(dir);
    }

    @AfterEach
    void close() {
        if (store != null) {
            store.close();
        }
    }

    IngestReport ingest(Path file, IngestFormat format) {
        return EventStore.of(store).ingestFile(file, format, policy, MappingOptions.defaults(), ProgressListener.NONE);
    }

    Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content);
        return p;
    }

    long count(String sql) {
        return store.read(c -> {
            try (Statement s = c.createStatement();
                    ResultSet r = s.executeQuery(sql)) {
                r.next();
                return r.getLong(1);
            }
        });
    }

    Map<String, String> row(String sql) {
        return store.read(c -> {
            try (Statement s = c.createStatement();
                    ResultSet r = s.executeQuery(sql)) {
                Map<String, String> m = new LinkedHashMap<>();
                if (r.next()) {
                    for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
                        m.put(r.getMetaData().getColumnName(i).toLowerCase(), r.getString(i));
                    }
                }
                return m;
            }
        });
    }

    @Test
    void ingestsCanonicalCsvAndReingestingIsIdempotent() throws IOException {
        Path f = write(
                "events.csv",
                HEADER
                        + "e1,,view,u1,,i1,,2026-10-01T07:13:05.123Z,,feed,0,mobile,web,FR,s1,feed/1\n"
                        + "e2,,click,u1,,i1,,2026-10-01T07:13:06Z,,feed,0,mobile,web,FR,s1,feed/1\n"
                        + "e3,,dwell,u1,,i1,,1759302800,42.5,,,,,,,\n"
                        + "e4,,impression,u2,,,a7,1759302800123,,sidebar,3,desktop,ios,DE,,\n"
                        + "e2,,click,u9,,i9,,2026-10-01T07:13:09Z,,feed,0,mobile,web,FR,s1,feed/1\n");
        IngestReport first = ingest(f, IngestFormat.EVENTS_CSV);
        assertThat(first.rowsRead()).isEqualTo(5);
        assertThat(first.accepted()).isEqualTo(4);
        assertThat(first.duplicates()).isEqualTo(1);
        // The first copy of a duplicated id wins.
        assertThat(row("SELECT user_id FROM events WHERE event_id = 'e2'").get("user_id"))
                .isEqualTo("u1");
        assertThat(first.quarantined()).isZero();
        IngestReport again = ingest(f, IngestFormat.EVENTS_CSV);
        assertThat(again.accepted()).isZero();
        assertThat(again.duplicates()).isEqualTo(5);
        assertThat(count("SELECT COUNT(*) FROM events")).isEqualTo(4);
        Map<String, String> e1 =
                row("SELECT tenant_id, user_id, ts, position, device FROM events WHERE event_id = 'e1'");
        assertThat(e1.get("tenant_id")).isEqualTo("default");
        assertThat(e1.get("ts")).startsWith("2026-10-01 07:13:05.123");
        assertThat(e1.get("position")).isEqualTo("0");
        Map<String, String> e3 = row("SELECT ts, value FROM events WHERE event_id = 'e3'");
        assertThat(e3.get("ts")).startsWith("2025-10-01 07:13:20");
        assertThat(Double.parseDouble(e3.get("value"))).isEqualTo(42.5);
        assertThat(row("SELECT ts FROM events WHERE event_id = 'e4'").get("ts")).startsWith("2025-10-01 07:13:20.123");
    }

    @Test
    void quarantinesEveryBadRowWithItsReasonAndKeepsTheRest() throws IOException {
        Path f = write(
                "bad.csv",
                HEADER
                        + "ok1,,view,u1,,i1,,2026-10-01T07:00:00Z,,,,,,,,\n"
                        + "b1,,teleport,u1,,i1,,2026-10-01T07:00:00Z,,,,,,,,\n"
                        + "b2,,view,u1,,i1,,2999-01-01T00:00:00Z,,,,,,,,\n"
                        + "b3,,view,u1,,i1,,1999-12-31T23:59:59Z,,,,,,,,\n"
                        + "b4,,purchase,u1,,i1,,2026-10-01T07:00:00Z,-5,,,,,,,\n"
                        + "b5,,purchase,u1,,i1,,2026-10-01T07:00:00Z,abc,,,,,,,\n"
                        + "b6,,view,,,i1,,2026-10-01T07:00:00Z,,,,,,,,\n"
                        + "b7,,view,u1,,,,2026-10-01T07:00:00Z,,,,,,,,\n"
                        + "b8,,view,u1,,i1,,yesterday,,,,,,,,\n"
                        + "b9,,dwell,u1,,i1,,2026-10-01T07:00:00Z,,,,,,,,\n"
                        + "b10,,view,u1,,i1,,2026-10-01T07:00:00Z,,,-1,,,,,\n"
                        + "b11,,view,u1,,i1,,2026-10-01T07:00:00Z,,,,,,,,,too,many\n"
                        + "ok2,,rating,u2,,i2,,2026-10-01T07:00:00Z,4.5,,,,,,,\n");
        IngestReport r = ingest(f, IngestFormat.EVENTS_CSV);
        assertThat(r.rowsRead()).isEqualTo(13);
        assertThat(r.accepted()).isEqualTo(2);
        assertThat(r.quarantined()).isEqualTo(11);
        assertThat(r.quarantinedByReason())
                .containsOnlyKeys(
                        "unknown_event_type",
                        "timestamp_in_future",
                        "timestamp_too_early",
                        "negative_value",
                        "non_numeric_value",
                        "missing_user_id",
                        "missing_item_id",
                        "bad_timestamp",
                        "missing_value",
                        "bad_position",
                        "malformed_row");
        assertThat(r.quarantinedByReason().values()).containsOnly(1L);
        assertThat(count("SELECT COUNT(*) FROM quarantine")).isEqualTo(11);
        Map<String, String> q = row("SELECT line_no, field, raw FROM quarantine WHERE reason = 'unknown_event_type'");
        assertThat(q.get("line_no")).isEqualTo("3");
        assertThat(q.get("field")).isEqualTo("type");
        assertThat(q.get("raw")).contains("teleport");
        assertThat(row("SELECT raw FROM quarantine WHERE reason = 'malformed_row'")
                        .get("raw"))
                .contains("too,many");
        assertThat(row("SELECT line_no FROM quarantine WHERE reason = 'malformed_row'")
                        .get("line_no"))
                .isEqualTo("13");
    }

    @Test
    void jsonLinesQuarantineInvalidJsonAndKeepAttributes() throws IOException {
        Path f = write("events.jsonl", """
                {"event_id":"j1","type":"click","user_id":"u1","ad_id":"a1","timestamp":"2026-10-01T07:00:00Z","attributes":{"creative":"x"}}
                {"event_id":"j2","type":"view","user_id":"u1","item_id":"i1","timestamp":1759302800}
                {"event_id": "j3", this is not json
                [1,2,3]
                {"event_id":"j4","type":"purchase","user_id":"u1","item_id":"i1","timestamp":"2026-10-01 07:00:00","value":19.99}
                """);
        IngestReport r = ingest(f, IngestFormat.EVENTS_JSONL);
        assertThat(r.accepted()).isEqualTo(3);
        assertThat(r.quarantinedByReason()).isEqualTo(Map.of("malformed_row", 2L));
        assertThat(row("SELECT attributes FROM events WHERE event_id = 'j1'").get("attributes"))
                .contains("creative");
        assertThat(row("SELECT raw FROM quarantine WHERE line_no = 3").get("raw"))
                .contains("this is not json");
    }

    @Test
    void movieLensRatingsGetDerivedIdsSoReingestIsIdempotent() throws IOException {
        Path f = write(
                "ratings.csv",
                "userId,movieId,rating,timestamp\n1,1,4.0,964982703\n1,3,4.0,964981247\n" + "2,1,,964981247\n");
        IngestReport r = ingest(f, IngestFormat.MOVIELENS_RATINGS);
        assertThat(r.accepted()).isEqualTo(2);
        assertThat(r.quarantinedByReason()).isEqualTo(Map.of("missing_value", 1L));
        assertThat(ingest(f, IngestFormat.MOVIELENS_RATINGS).duplicates()).isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM events WHERE event_type = 'rating' AND event_id LIKE 'd:%'"))
                .isEqualTo(2);
    }

    @Test
    void stitchesAnonymousEventsToTheUserOnceTheDeviceIsLinked() throws IOException {
        Path before = write(
                "anon.csv",
                HEADER
                        + "a1,,view,,dev-1,i1,,2026-10-01T07:00:00Z,,,,,,,,\n"
                        + "a2,,view,,dev-1,i2,,2026-10-01T07:01:00Z,,,,,,,,\n");
        ingest(before, IngestFormat.EVENTS_CSV);
        assertThat(count("SELECT COUNT(*) FROM events WHERE user_id = 'dev-1'")).isEqualTo(2);
        Path login = write(
                "login.csv",
                HEADER
                        + "a3,,click,alice,dev-1,i2,,2026-10-01T07:02:00Z,,,,,,,,\n"
                        + "a4,,view,,dev-1,i3,,2026-10-01T07:03:00Z,,,,,,,,\n");
        IngestReport r = ingest(login, IngestFormat.EVENTS_CSV);
        assertThat(r.newIdentityLinks()).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM events WHERE user_id = 'alice'")).isEqualTo(4);
        assertThat(count("SELECT COUNT(*) FROM events WHERE anonymous_id = 'dev-1'"))
                .isEqualTo(4);
    }

    @Test
    void javaApiAppendIsDurableAndIgnoresDuplicatesWithinAndAcrossBatches() {
        EventValidator v = new EventValidator(policy);
        List<Event> events = new ArrayList<>();
        List<Quarantined> bad = new ArrayList<>();
        String[][] rows = {
            {"x1", "view", "u1", "i1", "2026-10-01T07:00:00Z", ""},
            {"x1", "view", "u1", "i1", "2026-10-01T07:00:00Z", ""},
            {"x2", "purchase", "u1", "i1", "2026-10-01T07:05:00Z", "12.5"},
            {"x3", "warp", "u1", "i1", "2026-10-01T07:00:00Z", ""}
        };
        for (int i = 0; i < rows.length; i++) {
            String[] r = rows[i];
            RawEvent raw = RawEvent.builder()
                    .index(i)
                    .eventId(r[0])
                    .type(r[1])
                    .userId(r[2])
                    .itemId(r[3])
                    .timestamp(r[4])
                    .value(r[5])
                    .placement("feed")
                    .position("2")
                    .build();
            Result<Event> res = v.validate(raw);
            if (res instanceof Result.Ok<Event> ok) {
                events.add(ok.value());
            } else if (res instanceof Result.Err<Event> err) {
                bad.add(new Quarantined(
                        "api",
                        i,
                        r[1],
                        err.problem().code(),
                        err.problem().field(),
                        err.problem().message()));
            }
        }
        AppendResult first = EventStore.of(store).append("api", events, bad);
        assertThat(first.inserted()).isEqualTo(2);
        assertThat(first.duplicates()).isEqualTo(1);
        assertThat(first.quarantined()).isEqualTo(1);
        AppendResult second = EventStore.of(store).append("api", events, List.of());
        assertThat(second.inserted()).isZero();
        assertThat(second.duplicates()).isEqualTo(3);
        assertThat(count("SELECT COUNT(*) FROM events")).isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM quarantine WHERE reason = 'unknown_event_type'"))
                .isEqualTo(1);
        Map<String, String> x2 = row("SELECT ts, value, position FROM events WHERE event_id = 'x2'");
        assertThat(x2.get("ts")).startsWith("2026-10-01 07:05:00");
        assertThat(x2.get("position")).isEqualTo("2");
    }

    @Test
    void loadsCatalogFilesByUpsertAndQuarantinesRowsWithoutKeys() throws IOException {
        Path items = write(
                "items.csv",
                "item_id,tenant_id,category,tags,price,title,description\n"
                        + "i1,,sports,ball|team,19.9,Ball,A ball\ni2,,news,,,Paper,\n,,news,,1,Nameless,\ni3,,news,,-2,Bad,\n");
        IngestReport r = EventStore.of(store)
                .ingestFile(items, IngestFormat.ITEMS_CSV, policy, MappingOptions.defaults(), ProgressListener.NONE);
        assertThat(r.accepted()).isEqualTo(2);
        assertThat(r.quarantinedByReason()).isEqualTo(Map.of("missing_item_id", 1L, "bad_price", 1L));
        Path users = write(
                "users.csv",
                "user_id,tenant_id,consent_personalisation,consent_advertising,"
                        + "consent_measurement,created_at,geo\nu1,,true,false,true,2026-01-01T00:00:00Z,FR\nu2,,maybe,true,true,,DE\n");
        IngestReport u = EventStore.of(store)
                .ingestFile(users, IngestFormat.USERS_CSV, policy, MappingOptions.defaults(), ProgressListener.NONE);
        assertThat(u.accepted()).isEqualTo(1);
        assertThat(u.quarantinedByReason()).isEqualTo(Map.of("bad_consent", 1L));
        assertThat(row("SELECT consent_advertising FROM users WHERE user_id = 'u1'")
                        .get("consent_advertising"))
                .isIn("false", "f");
        Path items2 = write("items2.csv", "item_id,category,price\ni1,football,25\n");
        EventStore.of(store)
                .ingestFile(items2, IngestFormat.ITEMS_CSV, policy, MappingOptions.defaults(), ProgressListener.NONE);
        assertThat(row("SELECT category, price FROM items WHERE item_id = 'i1'").get("category"))
                .isEqualTo("football");
        assertThat(count("SELECT COUNT(*) FROM items")).isEqualTo(2);
    }

    @Test
    void aMissingFileOrAnUnreadableFormatIsAClearError() throws IOException {
        assertThatThrownBy(() -> ingest(dir.resolve("nope.csv"), IngestFormat.EVENTS_CSV))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no such file");
        Path f = write("ratings.csv", "a,b\n1,2\n");
        assertThatThrownBy(() -> ingest(f, IngestFormat.MOVIELENS_RATINGS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("movielens-ratings");
        assertThat(count("SELECT COUNT(*) FROM ingest_batches")).isZero();
    }

    @Test
    void cleaningFlagsInhumanRatesAndBuildsSessionsByInactivityGap() throws IOException {
        StringBuilder sb = new StringBuilder(HEADER);
        // A person: two visits 2 hours apart (two sessions), then one event 20 minutes later (same session).
        sb.append("h1,,view,human,,i1,,2026-10-01T07:00:00Z,,,,,,,,\n");
        sb.append("h2,,click,human,,i1,,2026-10-01T07:05:00Z,,,,,,,,\n");
        sb.append("h3,,view,human,,i2,,2026-10-01T09:05:00Z,,,,,,,,\n");
        sb.append("h4,,view,human,,i3,,2026-10-01T09:25:00Z,,,,,,,,\n");
        // A bot: 100 clicks within one minute.
        for (int i = 0; i < 100; i++) {
            sb.append("b")
                    .append(i)
                    .append(",,click,bot,,i1,,2026-10-01T08:00:")
                    .append(String.format("%02d", i % 60))
                    .append("Z,,,,,,,,\n");
        }
        ingest(write("mixed.csv", sb.toString()), IngestFormat.EVENTS_CSV);
        io.heed.events.sql.Cleaner.Report r =
                new io.heed.events.sql.Cleaner(store).clean(io.heed.events.sql.CleaningConfig.defaults());
        assertThat(r.botUsers()).isEqualTo(1);
        assertThat(r.botEvents()).isEqualTo(100);
        assertThat(r.sessions()).isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM clean_events")).isEqualTo(4);
        assertThat(count("SELECT COUNT(*) FROM events")).isEqualTo(104);
        StoreSummary summary = StoreSummary.of(store);
        assertThat(summary.events()).isEqualTo(104);
        assertThat(summary.users()).isEqualTo(1);
        assertThat(summary.sessions()).isEqualTo(2);
        assertThat(summary.eventsByType()).containsEntry("click", 101L);
        // Cleaning again gives the same result: flags are recomputed, not accumulated.
        assertThat(new io.heed.events.sql.Cleaner(store).clean(io.heed.events.sql.CleaningConfig.defaults()))
                .isEqualTo(r);
    }

    @Test
    void parquetFilesLoadByColumnNameWithTypedColumns() throws Exception {
        Path f = dir.resolve("events.parquet");
        try (java.sql.Connection duck = java.sql.DriverManager.getConnection("jdbc:duckdb:");
                Statement s = duck.createStatement()) {
            s.execute("SET TimeZone = 'UTC'");
            s.execute("COPY (SELECT 'p' || i AS event_id, CASE WHEN i % 2 = 0 THEN 'view' ELSE 'dwell' END AS type, "
                    + "'u' || (i % 7) AS user_id, 'i' || (i % 5) AS item_id, TIMESTAMP '2026-10-01 07:00:00' + "
                    + "INTERVAL (i) SECOND AS timestamp, CASE WHEN i % 2 = 1 THEN i * 1.5 END AS value, "
                    + "CAST(i % 4 AS INTEGER) AS position, 'extra' || i AS campaign FROM range(1000) t(i)) TO '"
                    + f + "' (FORMAT PARQUET)");
        }
        IngestReport r = ingest(f, IngestFormat.EVENTS_PARQUET);
        assertThat(r.accepted()).isEqualTo(1000);
        Map<String, String> p7 = row("SELECT ts, value, position, attributes FROM events WHERE event_id = 'p7'");
        assertThat(p7.get("ts")).startsWith("2026-10-01 07:00:07");
        assertThat(Double.parseDouble(p7.get("value"))).isEqualTo(10.5);
        assertThat(p7.get("position")).isEqualTo("3");
        assertThat(p7.get("attributes")).contains("extra7");
    }

    @Test
    void retailRocketEventsMapToViewCartAndPurchase() throws IOException {
        Path f = write(
                "events.csv",
                "timestamp,visitorid,event,itemid,transactionid\n"
                        + "1433221332117,257597,view,355908,\n1433224214164,992329,addtocart,248676,\n"
                        + "1433193500981,121688,transaction,15335,16730\n1433193500981,121688,refund,15335,\n");
        IngestReport r = ingest(f, IngestFormat.RETAILROCKET);
        assertThat(r.accepted()).isEqualTo(3);
        assertThat(r.quarantinedByReason()).isEqualTo(Map.of("unknown_event_type", 1L));
        assertThat(count("SELECT COUNT(*) FROM events WHERE event_type = 'purchase' AND value IS NULL "
                        + "AND attributes LIKE '%16730%'"))
                .isEqualTo(1);
        assertThat(row("SELECT ts FROM events WHERE event_type = 'view'").get("ts"))
                .startsWith("2015-06-02 05:02:12.117");
    }

    @Test
    void javaApiRecordIngestValidatesQuarantinesAndReports() {
        RecordIngest api = new RecordIngest(EventStore.of(store), policy);
        List<RawEvent> records = List.of(
                RawEvent.builder()
                        .index(0)
                        .eventId("r1")
                        .type("view")
                        .userId("u")
                        .itemId("i")
                        .timestamp("2026-10-01T00:00:00Z")
                        .build(),
                RawEvent.builder()
                        .index(1)
                        .raw("{\"type\":\"view\"}")
                        .type("view")
                        .itemId("i")
                        .timestamp("2026-10-01T00:00:00Z")
                        .build());
        IngestReport r = api.ingest("app", records);
        assertThat(r.accepted()).isEqualTo(1);
        assertThat(r.quarantinedByReason()).isEqualTo(Map.of("missing_user_id", 1L));
        assertThat(row("SELECT raw, line_no FROM quarantine").get("raw")).isEqualTo("{\"type\":\"view\"}");
        assertThat(api.ingest("app", records.subList(0, 1)).duplicates()).isEqualTo(1);
    }

    @Test
    void appendsAfterAFileIngestSeeTheFilesEventsAsDuplicates() throws IOException {
        ingest(write("f.csv", HEADER + "k1,,view,u1,,i1,,2026-10-01T07:00:00Z,,,,,,,,\n"), IngestFormat.EVENTS_CSV);
        EventValidator v = new EventValidator(policy);
        Event again = v.validate(RawEvent.builder()
                        .eventId("k1")
                        .type("view")
                        .userId("u1")
                        .itemId("i1")
                        .timestamp("2026-10-01T07:00:00Z")
                        .build())
                .orThrow();
        Event fresh = v.validate(RawEvent.builder()
                        .eventId("k2")
                        .type("view")
                        .userId("u1")
                        .itemId("i1")
                        .timestamp("2026-10-01T07:00:00Z")
                        .build())
                .orThrow();
        AppendResult r = EventStore.of(store).append("api", List.of(again, fresh), List.of());
        assertThat(r.inserted()).isEqualTo(1);
        assertThat(r.duplicates()).isEqualTo(1);
        EventStore.of(store).prepareForAppends();
        assertThat(EventStore.of(store).append("api", List.of(fresh), List.of()).duplicates())
                .isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM events")).isEqualTo(2);
    }
}
