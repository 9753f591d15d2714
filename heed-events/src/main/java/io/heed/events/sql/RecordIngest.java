package io.heed.events.sql;

import io.heed.core.Result;
import io.heed.events.ingest.IngestReport;
import io.heed.events.ingest.Quarantined;
import io.heed.events.model.Event;
import io.heed.events.port.EventAppender;
import io.heed.events.port.EventAppender.AppendResult;
import io.heed.events.validate.EventValidator;
import io.heed.events.validate.RawEvent;
import io.heed.events.validate.ValidationPolicy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Java API for record-at-a-time sources (a stream consumer, an application): validates raw records and
 * appends them in one durable transaction, quarantining the invalid ones with their reason.
 */
public final class RecordIngest {
    private final EventAppender appender;
    private final EventValidator validator;

    public RecordIngest(EventAppender appender, ValidationPolicy policy) {
        this.appender = appender;
        this.validator = new EventValidator(policy);
    }

    public IngestReport ingest(String source, List<RawEvent> records) {
        long started = System.nanoTime();
        List<Event> valid = new ArrayList<>(records.size());
        List<Quarantined> rejected = new ArrayList<>();
        Map<String, Long> reasons = new TreeMap<>();
        for (RawEvent r : records) {
            Result<Event> res = validator.validate(r);
            if (res instanceof Result.Ok<Event> ok) {
                valid.add(ok.value());
            } else if (res instanceof Result.Err<Event> err) {
                rejected.add(new Quarantined(
                        source,
                        r.index(),
                        r.raw() != null ? r.raw() : r.toString(),
                        err.problem().code(),
                        err.problem().field(),
                        err.problem().message()));
                reasons.merge(err.problem().code(), 1L, Long::sum);
            }
        }
        AppendResult a = appender.append(source, valid, rejected);
        return new IngestReport(
                source,
                "java-api",
                records.size(),
                a.inserted(),
                a.duplicates(),
                a.quarantined(),
                reasons,
                a.newIdentityLinks(),
                Duration.ofNanos(System.nanoTime() - started));
    }
}
