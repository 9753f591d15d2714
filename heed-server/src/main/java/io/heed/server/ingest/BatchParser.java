package io.heed.server.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import io.heed.core.Problem;
import io.heed.core.Result;
import io.heed.events.ingest.Quarantined;
import io.heed.events.model.Event;
import io.heed.events.validate.EventValidator;
import io.heed.events.validate.RawEvent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Streams a JSON batch ({@code [ {...}, ... ]} or {@code {"events": [ ... ]}}) element by element with Jackson's
 * {@link JsonParser}, turns each element into a {@link RawEvent} and validates it at once, so no tree of the whole
 * batch is ever built.
 *
 * <p>Field kinds: canonical fields take a JSON string or number (a number keeps its literal text, so
 * {@code "timestamp": 1759302800123} and {@code "value": 19.99} reach the validator exactly as sent) or null;
 * {@code attributes} takes an object or null and is kept as its JSON text. Any other key is kept too: it is added
 * to the attributes object (a key already inside {@code attributes} wins). A boolean, object or array in a
 * canonical field, a non-object element, or a syntax error refuses the whole body ({@link BatchParse.Invalid}).
 *
 * <p>Thread-safe and stateless apart from its configuration; one instance serves every parse thread.
 */
public final class BatchParser {
    /** Canonical event fields accepted as JSON strings or numbers (all but {@code attributes}). */
    static final Set<String> SCALAR_FIELDS = Set.of(
            "event_id",
            "tenant_id",
            "type",
            "user_id",
            "anonymous_id",
            "item_id",
            "ad_id",
            "timestamp",
            "value",
            "placement",
            "position",
            "device",
            "platform",
            "geo",
            "session_id",
            "page");

    static final String ATTRIBUTES = "attributes";

    private static final JsonFactory JSON = new JsonFactory();

    private final EventValidator validator;
    private final int maxEvents;
    private final String source;

    /**
     * @param validator validates every element
     * @param maxEvents records allowed in one batch; the parse stops as soon as one more is seen
     * @param source    the source name recorded with quarantined records (e.g. {@code http:/v1/events#r12})
     */
    public BatchParser(EventValidator validator, int maxEvents, String source) {
        if (maxEvents < 1) {
            throw new IllegalArgumentException("maxEvents must be >= 1, was " + maxEvents);
        }
        this.validator = validator;
        this.maxEvents = maxEvents;
        this.source = source;
    }

    /** Parses and validates a batch; {@code source} overrides the quarantine source for this request. */
    public BatchParse parse(byte[] body, String requestSource) {
        Cursor cur = new Cursor(body, requestSource == null ? source : requestSource);
        try (JsonParser p = JSON.createParser(body)) {
            JsonToken t = p.nextToken();
            if (t == JsonToken.START_ARRAY) {
                BatchParse r = parseArray(p, cur);
                if (r != null) {
                    return r;
                }
            } else if (t == JsonToken.START_OBJECT) {
                BatchParse r = parseWrapper(p, cur);
                if (r != null) {
                    return r;
                }
            } else {
                return new BatchParse.Invalid(
                        null,
                        null,
                        t == null
                                ? "the body holds no JSON value"
                                : "the body must be a JSON array of event objects or {\"events\": [...]}, found "
                                        + kind(t));
            }
            cur.index = null;
            if (p.nextToken() != null) {
                return new BatchParse.Invalid(
                        null, null, "unexpected content after the JSON value at " + where(p.currentTokenLocation()));
            }
        } catch (JsonProcessingException e) {
            String at = e.getLocation() == null ? "" : " at " + where(e.getLocation());
            return new BatchParse.Invalid(cur.index, cur.currentField(), e.getOriginalMessage() + at);
        } catch (IOException e) {
            // Parsing a byte array does no I/O; anything else here is a bug.
            throw new IllegalStateException("reading an in-memory body failed", e);
        }
        return new BatchParse.Parsed(new ParsedBatch(cur.received, cur.events, cur.quarantined));
    }

    /** Parses with the configured source. */
    public BatchParse parse(byte[] body) {
        return parse(body, null);
    }

    private BatchParse parseWrapper(JsonParser p, Cursor cur) throws IOException {
        boolean seen = false;
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken v = p.nextToken();
            if (!"events".equals(name)) {
                p.skipChildren();
                continue;
            }
            if (seen) {
                return new BatchParse.Invalid(null, "events", "the key \"events\" appears twice");
            }
            if (v != JsonToken.START_ARRAY) {
                return new BatchParse.Invalid(null, "events", "\"events\" must be an array, found " + kind(v));
            }
            seen = true;
            BatchParse r = parseArray(p, cur);
            if (r != null) {
                return r;
            }
        }
        if (!seen) {
            return new BatchParse.Invalid(null, "events", "the object has no \"events\" array");
        }
        return null;
    }

    /** Reads the elements of an array whose START_ARRAY is current; returns null when all were read. */
    private BatchParse parseArray(JsonParser p, Cursor cur) throws IOException {
        while (true) {
            cur.index = cur.received;
            JsonToken t = p.nextToken();
            if (t == JsonToken.END_ARRAY) {
                cur.index = null;
                return null;
            }
            if (t != JsonToken.START_OBJECT) {
                return new BatchParse.Invalid(
                        cur.received, null, "element " + cur.received + " is not a JSON object but " + kind(t));
            }
            if (cur.received >= maxEvents) {
                return new BatchParse.TooManyEvents(maxEvents);
            }
            BatchParse r = parseElement(p, cur);
            if (r != null) {
                return r;
            }
            cur.received++;
        }
    }

    /** Reads one object whose START_OBJECT is current, validates it and files it as an event or quarantined. */
    private BatchParse parseElement(JsonParser p, Cursor cur) throws IOException {
        int index = cur.received;
        long start = p.currentTokenLocation().getByteOffset();
        cur.element = p.getParsingContext();
        RawEvent.Builder b = RawEvent.builder().index(index);
        long attrStart = -1;
        long attrEnd = -1;
        List<long[]> extras = null;
        List<String> extraNames = null;
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken v = p.nextToken();
            if (SCALAR_FIELDS.contains(name)) {
                switch (v) {
                    case VALUE_STRING, VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> b.set(name, p.getText());
                    case VALUE_NULL -> b.set(name, null);
                    default -> {
                        return new BatchParse.Invalid(
                                index, name, "\"" + name + "\" must be a string, a number or null, found " + kind(v));
                    }
                }
            } else if (ATTRIBUTES.equals(name)) {
                if (v == JsonToken.START_OBJECT) {
                    attrStart = p.currentTokenLocation().getByteOffset();
                    p.skipChildren();
                    attrEnd = p.currentLocation().getByteOffset();
                } else if (v == JsonToken.VALUE_NULL) {
                    attrStart = -1;
                } else {
                    return new BatchParse.Invalid(
                            index, name, "\"attributes\" must be a JSON object or null, found " + kind(v));
                }
            } else {
                long vs = p.currentTokenLocation().getByteOffset();
                if (v.isStructStart()) {
                    p.skipChildren();
                } else {
                    p.finishToken();
                }
                if (extras == null) {
                    extras = new ArrayList<>(4);
                    extraNames = new ArrayList<>(4);
                }
                extras.add(new long[] {vs, p.currentLocation().getByteOffset()});
                extraNames.add(name);
            }
        }
        cur.element = null;
        long end = p.currentLocation().getByteOffset();
        String attributes = attrStart < 0 ? null : text(cur.body, attrStart, attrEnd);
        if (extras != null) {
            attributes = mergeAttributes(cur.body, attributes, extraNames, extras);
        }
        Result<Event> r = validator.validate(b.attributes(attributes).build());
        if (r instanceof Result.Ok<Event> ok) {
            cur.events.add(ok.value());
        } else {
            Problem problem = ((Result.Err<Event>) r).problem();
            cur.quarantined.add(new Quarantined(
                    cur.source, index, text(cur.body, start, end), problem.code(), problem.field(), problem.message()));
        }
        return null;
    }

    /** The attributes object plus the unknown top-level keys not already inside it, as JSON text. */
    static String mergeAttributes(byte[] body, String attributes, List<String> names, List<long[]> ranges)
            throws IOException {
        Set<String> taken = new HashSet<>();
        StringBuilder sb = new StringBuilder(64);
        sb.append('{');
        if (attributes != null) {
            try (JsonParser a = JSON.createParser(attributes)) {
                a.nextToken();
                while (a.nextToken() == JsonToken.FIELD_NAME) {
                    taken.add(a.currentName());
                    a.nextToken();
                    a.skipChildren();
                }
            }
            String inner = attributes
                    .substring(attributes.indexOf('{') + 1, attributes.lastIndexOf('}'))
                    .strip();
            sb.append(inner);
        }
        boolean first = taken.isEmpty();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (!taken.add(name)) {
                continue;
            }
            if (!first) {
                sb.append(',');
            }
            first = false;
            sb.append('"')
                    .append(JsonStringEncoder.getInstance().quoteAsString(name))
                    .append("\":");
            long[] r = ranges.get(i);
            sb.append(text(body, r[0], r[1]));
        }
        return sb.append('}').toString();
    }

    private static String text(byte[] body, long start, long end) {
        return new String(body, (int) start, (int) (end - start), StandardCharsets.UTF_8);
    }

    private static String where(JsonLocation l) {
        return "line " + l.getLineNr() + ", column " + l.getColumnNr();
    }

    static String kind(JsonToken t) {
        if (t == null) {
            return "the end of the body";
        }
        return switch (t) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> t.name();
        };
    }

    /** Parse state of one body; owned by one thread. */
    private static final class Cursor {
        final byte[] body;
        final String source;
        final List<Event> events = new ArrayList<>();
        final List<Quarantined> quarantined = new ArrayList<>();
        int received;
        Integer index;
        /** The parse context of the record being read: it knows the field being read even mid-token. */
        JsonStreamContext element;

        Cursor(byte[] body, String source) {
            this.body = body;
            this.source = source;
        }

        /** The record's field being read when a syntax error struck (Jackson reads a name and its value together). */
        String currentField() {
            return element == null ? null : element.getCurrentName();
        }
    }
}
