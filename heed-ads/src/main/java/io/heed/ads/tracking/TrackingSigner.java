package io.heed.ads.tracking;

import io.heed.core.Problem;
import io.heed.core.Result;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs and verifies tracking query strings with HMAC-SHA256, so a URL cannot be forged or altered (another
 * campaign, another user, a later time, another landing page). The signature is the last parameter, {@code s},
 * 128 bits base64url, over every parameter but the kind {@code k}, which comes first: the impression, click and
 * conversion URLs of one served ad share one signature (one MAC per ad, not three, on the serving path). That gives
 * a client nothing it does not already have: all three URLs are issued together in the same response, so changing
 * the kind only yields another URL of the same ad that was issued too; duplicates and clicks without an impression
 * are caught by the ledger, per kind. Verification compares in constant time and checks the age against
 * {@code ttlMillis}.
 */
public final class TrackingSigner {
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private final ThreadLocal<Mac> mac;
    private final long ttlMillis;

    public TrackingSigner(byte[] secret, long ttlMillis) {
        if (secret.length < 16) {
            throw new IllegalArgumentException("the tracking secret must be at least 16 bytes");
        }
        byte[] key = secret.clone();
        this.ttlMillis = ttlMillis;
        this.mac = ThreadLocal.withInitial(() -> {
            try {
                Mac m = Mac.getInstance("HmacSHA256");
                m.init(new SecretKeySpec(key, "HmacSHA256"));
                return m;
            } catch (NoSuchAlgorithmException | InvalidKeyException e) {
                throw new IllegalStateException("HmacSHA256 is required by every Java platform", e);
            }
        });
    }

    /** The query string (without {@code ?}) for a token. */
    public String sign(TrackingToken t) {
        return "k=" + t.kind().wire() + signedTail(t, t.landing());
    }

    /**
     * The impression, click and conversion query strings of one served ad, in that order, all carrying
     * {@code landing} (may be null) and one shared signature ({@code base.kind()} and {@code base.landing()} are
     * ignored).
     */
    public String[] signAll(TrackingToken base, String landing) {
        String tail = signedTail(base, landing);
        return new String[] {
            "k=" + TrackKind.IMPRESSION.wire() + tail,
            "k=" + TrackKind.CLICK.wire() + tail,
            "k=" + TrackKind.CONVERSION.wire() + tail
        };
    }

    /** Every parameter after the kind, each preceded by {@code &}, ending with their signature {@code &s=}. */
    private String signedTail(TrackingToken t, String landing) {
        String common = common(t);
        String signed = landing == null ? common : common + "&l=" + enc(landing);
        return signed + "&s=" + signature(signed);
    }

    /** Every parameter but the kind and the landing URL, each preceded by {@code &}. */
    private static String common(TrackingToken t) {
        StringBuilder q = new StringBuilder(160);
        q.append("&d=")
                .append(enc(t.decisionId()))
                .append("&c=")
                .append(enc(t.campaignId()))
                .append("&cr=")
                .append(enc(t.creativeId()))
                .append("&p=")
                .append(t.position())
                .append("&t=")
                .append(t.issuedAtMillis())
                .append("&pr=")
                .append(t.price());
        if (t.userId() != null) {
            q.append("&u=").append(enc(t.userId()));
        }
        if (t.persona() != null) {
            q.append("&pe=").append(enc(t.persona()));
        }
        return q.toString();
    }

    /** Parses and verifies a query string: {@code forged}, {@code expired} or {@code malformed} problems. */
    public Result<TrackingToken> verify(String query, long nowMillis) {
        if (query == null) {
            return Result.err(Problem.of("malformed", "query", "no tracking parameters"));
        }
        int at = query.lastIndexOf("&s=");
        int amp = query.indexOf('&');
        if (at < 0) {
            return Result.err(Problem.of("forged", "s", "the URL carries no signature"));
        }
        if (!query.startsWith("k=") || amp >= at) {
            return Result.err(Problem.of("malformed", "k", "the URL must start with its kind, k="));
        }
        String signed = query.substring(amp, at);
        byte[] expected = signature(signed).getBytes(StandardCharsets.US_ASCII);
        byte[] given = query.substring(at + 3).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, given)) {
            return Result.err(Problem.of("forged", "s", "the signature does not match the URL"));
        }
        Map<String, String> p = new HashMap<>();
        for (String kv : query.substring(0, at).split("&")) {
            int eq = kv.indexOf('=');
            if (eq > 0) {
                p.put(kv.substring(0, eq), URLDecoder.decode(kv.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        TrackKind kind = TrackKind.fromWire(p.get("k"));
        if (kind == null || p.get("d") == null || p.get("c") == null || p.get("cr") == null || p.get("t") == null) {
            return Result.err(Problem.of("malformed", "k", "missing tracking parameters"));
        }
        long issued;
        int position;
        double price;
        try {
            issued = Long.parseLong(p.get("t"));
            position = Integer.parseInt(p.getOrDefault("p", "0"));
            price = Double.parseDouble(p.getOrDefault("pr", "0"));
        } catch (NumberFormatException e) {
            return Result.err(Problem.of("malformed", "t", "not a number"));
        }
        if (nowMillis - issued > ttlMillis) {
            return Result.err(
                    Problem.of("expired", "t", "the URL expired " + (nowMillis - issued - ttlMillis) + " ms ago"));
        }
        return Result.ok(new TrackingToken(
                kind,
                p.get("d"),
                p.get("c"),
                p.get("cr"),
                position,
                p.get("u"),
                p.get("pe"),
                issued,
                kind == TrackKind.CLICK ? p.get("l") : null,
                price));
    }

    private String signature(String payload) {
        byte[] h = mac.get().doFinal(payload.getBytes(StandardCharsets.UTF_8));
        return B64.encodeToString(java.util.Arrays.copyOf(h, 16));
    }

    /** URL-encodes; ids made only of unreserved characters (the usual case) are returned as they are. */
    private static String enc(String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            boolean unreserved = (ch >= 'a' && ch <= 'z')
                    || (ch >= 'A' && ch <= 'Z')
                    || (ch >= '0' && ch <= '9')
                    || ch == '-'
                    || ch == '_'
                    || ch == '.';
            if (!unreserved) {
                return URLEncoder.encode(s, StandardCharsets.UTF_8);
            }
        }
        return s;
    }
}
