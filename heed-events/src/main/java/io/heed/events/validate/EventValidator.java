package io.heed.events.validate;

import io.heed.core.Problem;
import io.heed.core.Result;
import io.heed.events.model.Event;
import io.heed.events.model.EventContext;
import java.time.Instant;
import java.util.Locale;

/**
 * Turns a {@link RawEvent} into an {@link Event} or the first {@link RejectReason} that applies (the order of
 * that enum). Normalisation: every field is trimmed and an empty field is missing; the type is lower-cased; a
 * missing tenant takes the policy's default; a missing user id takes the anonymous id (stitched later); a missing
 * event id is derived from the row ({@link EventIds}). Values of value-less types are kept when given.
 */
public final class EventValidator {
    private final ValidationPolicy policy;

    public EventValidator(ValidationPolicy policy) {
        this.policy = policy;
    }

    public ValidationPolicy policy() {
        return policy;
    }

    public Result<Event> validate(RawEvent r) {
        String user = norm(r.userId());
        String anon = norm(r.anonymousId());
        String item = norm(r.itemId());
        String ad = norm(r.adId());
        String type = norm(r.type());
        type = type == null ? null : type.toLowerCase(Locale.ROOT);
        String tsText = norm(r.timestamp());
        String valueText = norm(r.value());
        String positionText = norm(r.position());

        if (user == null && anon == null) {
            return reject(RejectReason.MISSING_USER_ID, null);
        }
        if (item == null && ad == null) {
            return reject(RejectReason.MISSING_ITEM_ID, null);
        }
        if (type == null || !policy.types().accepts(type)) {
            return reject(RejectReason.UNKNOWN_EVENT_TYPE, type == null ? "missing" : "'" + type + "'");
        }
        Instant ts = tsText == null ? null : FieldGrammar.parseTimestamp(tsText);
        if (ts == null) {
            return reject(RejectReason.BAD_TIMESTAMP, tsText == null ? "missing" : "'" + tsText + "'");
        }
        if (ts.isBefore(policy.earliest())) {
            return reject(RejectReason.TIMESTAMP_TOO_EARLY, ts + " < " + policy.earliest());
        }
        if (ts.isAfter(policy.latestAccepted())) {
            return reject(RejectReason.TIMESTAMP_IN_FUTURE, ts.toString());
        }
        Double value = null;
        if (valueText != null) {
            value = FieldGrammar.parseDecimal(valueText);
            if (value == null) {
                return reject(RejectReason.NON_NUMERIC_VALUE, "'" + valueText + "'");
            }
            if (value < 0) {
                return reject(RejectReason.NEGATIVE_VALUE, valueText);
            }
        } else if (policy.types().valueRequired(type)) {
            return reject(RejectReason.MISSING_VALUE, type);
        }
        Integer position = null;
        if (positionText != null) {
            position = FieldGrammar.parseInteger(positionText);
            if (position == null || position < 0) {
                return reject(RejectReason.BAD_POSITION, "'" + positionText + "'");
            }
        }
        String tenant = orElse(norm(r.tenantId()), policy.defaultTenant());
        String eventId = norm(r.eventId());
        if (eventId == null) {
            eventId = EventIds.derive(type, user, anon, item, ad, tsText, valueText);
        }
        EventContext ctx = new EventContext(
                norm(r.placement()),
                position,
                norm(r.device()),
                norm(r.platform()),
                norm(r.geo()),
                norm(r.sessionId()),
                norm(r.page()));
        if (tooLong(
                tenant,
                eventId,
                user,
                anon,
                item,
                ad,
                ctx.placement(),
                ctx.device(),
                ctx.platform(),
                ctx.geo(),
                ctx.sessionId(),
                ctx.page())) {
            return reject(RejectReason.FIELD_TOO_LONG, "max " + policy.maxFieldLength() + " characters");
        }
        return Result.ok(Event.builder()
                .tenantId(tenant)
                .eventId(eventId)
                .type(type)
                .userId(user == null ? anon : user)
                .anonymousId(anon)
                .itemId(item)
                .adId(ad)
                .timestamp(ts)
                .value(value)
                .context(ctx)
                .attributes(r.attributes())
                .build());
    }

    private boolean tooLong(String... fields) {
        for (String f : fields) {
            if (f != null && f.length() > policy.maxFieldLength() / 3 && utf8Length(f) > policy.maxFieldLength()) {
                return true;
            }
        }
        return false;
    }

    /** Bytes of the UTF-8 encoding, without encoding (the limit is in bytes, as the store measures it). */
    static int utf8Length(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n += 1;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c)
                    && i + 1 < s.length()
                    && Character.isLowSurrogate(s.charAt(i + 1))) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }

    private static <T> Result<T> reject(RejectReason reason, String detail) {
        String message = detail == null ? reason.description() : reason.description() + ": " + detail;
        return Result.err(Problem.of(reason.code(), reason.field(), message));
    }

    /**
     * Characters trimmed from both ends of every field: spaces, as SQL's trim() does. (Trimming tabs and line
     * breaks too halves DuckDB's bulk validation speed; fields with them fail their grammar and are quarantined.)
     */
    public static final String TRIMMED = " ";

    /** Trims {@link #TRIMMED}; an empty field is missing (null). */
    public static String norm(String s) {
        if (s == null) {
            return null;
        }
        int a = 0;
        int b = s.length();
        while (a < b && TRIMMED.indexOf(s.charAt(a)) >= 0) {
            a++;
        }
        while (b > a && TRIMMED.indexOf(s.charAt(b - 1)) >= 0) {
            b--;
        }
        return a == b ? null : s.substring(a, b);
    }

    private static String orElse(String a, String b) {
        return a == null ? b : a;
    }
}
