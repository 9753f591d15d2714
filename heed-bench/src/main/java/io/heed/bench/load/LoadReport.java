package io.heed.bench.load;

/**
 * The outcome of a load run. {@code requests} completed with a response (any status); {@code events} is
 * {@code eventsPerBody} times the 2xx responses; rates divide by the wall time from the first request to the last
 * response. Latency (request start to full response body) in milliseconds; {@code errors} are requests that got no
 * response (connection failures, timeouts).
 */
public record LoadReport(
        long requests,
        long events,
        double seconds,
        double requestsPerSecond,
        double eventsPerSecond,
        double p50Ms,
        double p99Ms,
        double maxMs,
        long non2xx,
        long errors) {

    /** One line for logs and benchmark tables. */
    public String summary() {
        return String.format(
                java.util.Locale.ROOT,
                "%d requests (%d events) in %.2f s: %.0f req/s, %.0f events/s, "
                        + "p50 %.2f ms, p99 %.2f ms, max %.2f ms, non-2xx %d, errors %d",
                requests,
                events,
                seconds,
                requestsPerSecond,
                eventsPerSecond,
                p50Ms,
                p99Ms,
                maxMs,
                non2xx,
                errors);
    }
}
