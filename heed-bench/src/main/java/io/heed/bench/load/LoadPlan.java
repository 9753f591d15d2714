package io.heed.bench.load;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.function.LongFunction;
import java.util.regex.Pattern;

/**
 * What {@link HttpLoadGenerator} runs: POST bodies ({@code bodies.apply(n)} for the n-th request, from 0) to
 * {@code url} over {@code connections} keep-alive connections, until {@code duration} has passed or
 * {@code maxRequests} requests were sent, whichever comes first. Both are bounds: the run always stops by itself.
 *
 * @param eventsPerBody events in each body, to report events per second (1 when bodies are not batches)
 * @param contentType   Content-Type of every body
 */
public record LoadPlan(
        URI url,
        int connections,
        Duration duration,
        long maxRequests,
        int eventsPerBody,
        LongFunction<byte[]> bodies,
        String contentType) {
    /** The longest run allowed. */
    public static final Duration MAX_DURATION = Duration.ofHours(1);

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    public LoadPlan {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(bodies, "bodies");
        Objects.requireNonNull(duration, "duration");
        requireLoopback(url);
        if (!"http".equalsIgnoreCase(url.getScheme())) {
            throw new IllegalArgumentException("only http:// targets are supported, got " + url);
        }
        if (connections < 1 || connections > 1024) {
            throw new IllegalArgumentException("connections must be in 1..1024, was " + connections);
        }
        if (duration.isNegative() || duration.isZero() || duration.compareTo(MAX_DURATION) > 0) {
            throw new IllegalArgumentException("duration must be in (0, " + MAX_DURATION + "], was " + duration);
        }
        if (maxRequests < 1) {
            throw new IllegalArgumentException("maxRequests must be >= 1, was " + maxRequests);
        }
        if (eventsPerBody < 1) {
            throw new IllegalArgumentException("eventsPerBody must be >= 1, was " + eventsPerBody);
        }
        contentType = contentType == null ? "application/json" : contentType;
    }

    /** Runs for a fixed time. */
    public static LoadPlan forDuration(
            URI url, int connections, Duration duration, int eventsPerBody, LongFunction<byte[]> bodies) {
        return new LoadPlan(url, connections, duration, Long.MAX_VALUE, eventsPerBody, bodies, null);
    }

    /** Runs a fixed number of requests (stopping after {@link #MAX_DURATION} at the latest). */
    public static LoadPlan forRequests(
            URI url, int connections, long requests, int eventsPerBody, LongFunction<byte[]> bodies) {
        return new LoadPlan(url, connections, MAX_DURATION, requests, eventsPerBody, bodies, null);
    }

    /**
     * Refuses any target that is not on this machine's loopback: {@code localhost}, 127.0.0.0/8 or ::1. Host names
     * other than {@code localhost} are refused without being resolved.
     */
    public static void requireLoopback(URI url) {
        String host = url.getHost();
        if (host == null) {
            throw new IllegalArgumentException(
                    "the URL has no valid host (load is only generated against " + "loopback): " + url);
        }
        String h = host.toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        boolean ok;
        if (h.equals("localhost")) {
            ok = true;
        } else if (IPV4.matcher(h).matches()) {
            ok = isLoopbackV4(h);
        } else if (h.contains(":")) {
            ok = isLoopbackLiteral(h);
        } else {
            ok = false;
        }
        if (!ok) {
            throw new IllegalArgumentException("load is only generated against loopback (localhost, 127.0.0.0/8, "
                    + "::1); refusing host '" + host + "'");
        }
    }

    /** A dotted-quad literal inside 127.0.0.0/8 (every octet 0..255). */
    private static boolean isLoopbackV4(String quad) {
        String[] parts = quad.split("\\.");
        for (String part : parts) {
            if (Integer.parseInt(part) > 255) {
                return false;
            }
        }
        return Integer.parseInt(parts[0]) == 127;
    }

    /** Parses an IPv6 literal (never a name, so no DNS lookup) and asks whether it is a loopback address. */
    private static boolean isLoopbackLiteral(String literal) {
        try {
            return InetAddress.getByName(literal).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** The port to connect to (80 when the URL names none). */
    int port() {
        return url.getPort() < 0 ? 80 : url.getPort();
    }

    /** Path and query of the target. */
    String requestUri() {
        String p = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
        return url.getRawQuery() == null ? p : p + "?" + url.getRawQuery();
    }
}
