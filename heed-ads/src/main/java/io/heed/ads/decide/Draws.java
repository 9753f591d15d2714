package io.heed.ads.decide;

/**
 * Seeded, reproducible uniform draws: the same (seed, request, campaign) always gives the same number in [0, 1),
 * so a logged decision can be replayed. SplitMix64 finalisation over the strings' hashes; no allocation. The
 * request's part is computed once per request ({@link #requestKey}) and mixed with each campaign id's hash
 * ({@link #uniform(long, int)}); the result equals {@link #uniform(long, String, String)}.
 */
final class Draws {
    private Draws() {}

    static double uniform(long seed, String requestId, String campaignId) {
        return uniform(requestKey(seed, requestId), campaignId.hashCode());
    }

    /** The request's share of every draw of one decision. */
    static long requestKey(long seed, String requestId) {
        return seed ^ (requestId.hashCode() * 0x9E3779B97F4A7C15L) ^ requestId.length() * 0xC2B2AE3D27D4EB4FL;
    }

    /** The draw for a campaign whose id hashes to {@code campaignIdHash}, in a request of {@code requestKey}. */
    static double uniform(long requestKey, int campaignIdHash) {
        long h = requestKey ^ ((long) campaignIdHash << 32);
        h = mix(mix(h) + campaignIdHash);
        return (h >>> 11) * 0x1.0p-53;
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
