package io.heed.events.sql;

import static org.assertj.core.api.Assertions.assertThat;

import io.heed.core.Result;
import io.heed.events.ingest.IngestFormat;
import io.heed.events.ingest.ProgressListener;
import io.heed.events.model.Event;
import io.heed.events.validate.EventValidator;
import io.heed.events.validate.RawEvent;
import io.heed.events.validate.ValidationPolicy;
import io.heed.storage.HeedStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same rows through the Java validator (HTTP, Java API) and the SQL bulk path must give the same outcome:
 * accepted or not, the same reason, the same timestamp, value and position, and the same derived event id.
 */
class SqlValidationConformanceTest {
    /** Columns: type, user, anon, item, ad, timestamp, value, position. */
    static final List<String[]> CASES = List.of(
            new String[] {"view", "u", "", "i", "", "2026-10-01T07:13:05.123Z", "", ""},
            new String[] {"VIEW", "u", "", "i", "", "2026-10-01T07:13:05Z", "", "0"},
            new String[] {" click ", " u ", "", "i", "", "2026-10-01 07:13:05", "", "3"},
            new String[] {"click", "u", "", "i", "", "2026-10-01T07:13:05+02:00", "", ""},
            new String[] {"click", "u", "", "i", "", "2026-10-01T07:13:05-0530", "", ""},
            new String[] {"click", "u", "", "i", "", "2026-10-01T07:13:05.123456789+01", "", ""},
            new String[] {"click", "u", "", "i", "", "2026-10-01", "", ""},
            new String[] {"click", "u", "", "i", "", "2026-10-01T07:13", "", ""},
            new String[] {"click", "u", "", "i", "", "2026-02-30T07:13:05Z", "", ""},
            new String[] {"click", "u", "", "i", "", "2026-13-01T07:13:05Z", "", ""},
            new String[] {"click", "u", "", "i", "", "1759302800", "", ""},
            new String[] {"click", "u", "", "i", "", "1759302800.5", "", ""},
            new String[] {"click", "u", "", "i", "", "1759302800123", "", ""},
            new String[] {"click", "u", "", "i", "", "-5", "", ""},
            new String[] {"click", "u", "", "i", "", "946684799", "", ""},
            new String[] {"click", "u", "", "i", "", "946684800", "", ""},
            new String[] {"click", "u", "", "i", "", "4102444800", "", ""},
            new String[] {"click", "u", "", "i", "", "next tuesday", "", ""},
            new String[] {"click", "u", "", "i", "", "", "", ""},
            new String[] {"dwell", "u", "", "i", "", "2026-10-01T07:13:05Z", "12.5", ""},
            new String[] {"dwell", "u", "", "i", "", "2026-10-01T07:13:05Z", "", ""},
            new String[] {"dwell", "u", "", "i", "", "2026-10-01T07:13:05Z", "1e3", ""},
            new String[] {"dwell", "u", "", "i", "", "2026-10-01T07:13:05Z", ".5", ""},
            new String[] {"dwell", "u", "", "i", "", "2026-10-01T07:13:05Z", "5.", ""},
            new String[] {"dwell", "u", "", "i", "", "2026-10-01T07:13:05Z", "+5", ""},
            new String[] {"dwell", "u", "", "i", "", "2026-10-01T07:13:05Z", "-0.1", ""},
            new String[] {"dwell", "u", "", "i", "", "2026-10-01T07:13:05Z", "NaN", ""},
            new String[] {"dwell", "u", "", "i", "", "2026-10-01T07:13:05Z", "inf", ""},
            new String[] {"dwell", "u", "", "i", "", "2026-10-01T07:13:05Z", "1e999", ""},
            new String[] {"dwell", "u", "", "i", "", "2026-10-01T07:13:05Z", "0x10", ""},
            new String[] {"dwell", "u", "", "i", "", "2026-10-01T07:13:05Z", "12 s", ""},
            new String[] {"purchase", "u", "", "i", "", "2026-10-01T07:13:05Z", "", ""},
            new String[] {"rating", "u", "", "i", "", "2026-10-01T07:13:05Z", "4", ""},
            new String[] {"view", "u", "", "i", "", "2026-10-01T07:13:05Z", "", "-1"},
            new String[] {"view", "u", "", "i", "", "2026-10-01T07:13:05Z", "", "2.0"},
            new String[] {"view", "u", "", "i", "", "2026-10-01T07:13:06Z", "", "+7"},
            new String[] {"view", "u", "", "i", "", "2026-10-01T07:13:05Z", "", "1234567890"},
            new String[] {"view", "", "dev", "i", "", "2026-10-01T07:13:05Z", "", ""},
            new String[] {"view", "", "", "i", "", "2026-10-01T07:13:05Z", "", ""},
            new String[] {"view", "u", "", "", "", "2026-10-01T07:13:05Z", "", ""},
            new String[] {"impression", "u", "", "", "ad", "2026-10-01T07:13:05Z", "", "1"},
            new String[] {"teleport", "u", "", "i", "", "2026-10-01T07:13:05Z", "", ""},
            new String[] {"", "u", "", "i", "", "2026-10-01T07:13:05Z", "", ""},
            new String[] {"favourite", "u", "", "i", "", "2026-10-01T07:13:05Z", "", ""},
            new String[] {"view", "u".repeat(300), "", "i", "", "2026-10-01T07:13:05Z", "", ""},
            new String[] {"view", "é".repeat(128), "", "i", "", "2026-10-01T07:13:05Z", "", ""},
            new String[] {"view", "é".repeat(129), "", "i", "", "2026-10-01T07:13:05Z", "", ""},
            new String[] {"view", "u", "", "i", "", "2026-10-01 07:13:05.5-01:00", "", ""},
            new String[] {"view", "u", "", "i", "", "2026-10-01T23:59:59.999999Z", "", ""});

    @TempDir
    Path dir;

    @Test
    void javaAndSqlValidationAgreeOnEveryCase() throws Exception {
        ValidationPolicy policy = ValidationPolicy.defaults();
        StringBuilder csv =
                new StringBuilder("event_id,type,user_id,anonymous_id,item_id,ad_id,timestamp,value,position\n");
        for (int i = 0; i < CASES.size(); i++) {
            String[] c = CASES.get(i);
            // Even rows carry an id; odd rows get a derived one, which must match between the paths too.
            csv.append(i % 2 == 0 ? "c" + i : "")
                    .append(',')
                    .append(String.join(",", c))
                    .append('\n');
        }
        Path file = dir.resolve("cases.csv");
        Files.writeString(file, csv.toString());
        Map<Integer, String> sqlOutcome = new HashMap<>();
        try (HeedStore store = HeedStore.openEmbedded(dir.resolve("data"))) {
            EventStore.of(store)
                    .ingestFile(
                            file, IngestFormat.EVENTS_CSV, policy, MappingOptions.defaults(), ProgressListener.NONE);
            store.read(c -> {
                try (Statement s = c.createStatement();
                        ResultSet r = s.executeQuery("SELECT event_id, epoch_us(ts), value, position FROM events")) {
                    while (r.next()) {
                        sqlOutcome.put(
                                -1 - sqlOutcome.size(),
                                "ok " + r.getString(1) + " " + r.getLong(2) + " " + r.getObject(3) + " "
                                        + r.getObject(4));
                    }
                }
                try (Statement s = c.createStatement();
                        ResultSet r = s.executeQuery("SELECT line_no, reason FROM quarantine")) {
                    while (r.next()) {
                        sqlOutcome.put(r.getInt(1) - 2, "rejected " + r.getString(2));
                    }
                }
                return null;
            });
        }
        EventValidator validator = new EventValidator(policy);
        Map<Integer, String> javaOutcome = new HashMap<>();
        List<String> javaAccepted = new java.util.ArrayList<>();
        for (int i = 0; i < CASES.size(); i++) {
            String[] c = CASES.get(i);
            RawEvent raw = RawEvent.builder()
                    .eventId(i % 2 == 0 ? "c" + i : null)
                    .type(c[0])
                    .userId(c[1])
                    .anonymousId(c[2])
                    .itemId(c[3])
                    .adId(c[4])
                    .timestamp(c[5])
                    .value(c[6])
                    .position(c[7])
                    .build();
            Result<Event> r = validator.validate(raw);
            if (r instanceof Result.Ok<Event> ok) {
                Event e = ok.value();
                javaAccepted.add("ok " + e.eventId() + " "
                        + java.time.temporal.ChronoUnit.MICROS.between(java.time.Instant.EPOCH, e.timestamp()) + " "
                        + e.value() + " " + e.context().position());
            } else if (r instanceof Result.Err<Event> err) {
                javaOutcome.put(i, "rejected " + err.problem().code());
            }
        }
        Map<Integer, String> sqlRejected = new HashMap<>(sqlOutcome);
        sqlRejected.keySet().removeIf(k -> k < 0);
        assertThat(sqlRejected).isEqualTo(javaOutcome);
        List<String> sqlAccepted = sqlOutcome.entrySet().stream()
                .filter(e -> e.getKey() < 0)
                .map(Map.Entry::getValue)
                .sorted()
                .toList();
        assertThat(sqlAccepted).isEqualTo(javaAccepted.stream().sorted().toList());
        assertThat(javaAccepted).hasSizeGreaterThan(15);
        assertThat(javaOutcome).hasSizeGreaterThan(15);
    }
}
