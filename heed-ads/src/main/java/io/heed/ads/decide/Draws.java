package io.heed.ads.decide;

/**
 * Seeded, reproducible uniform draws: the same (seed, request, campaign) always gives the same number in [0, 1),
 * so a logged decision can be replayed. SplitMix64 finalisation over the strings' hashes; no allocation.
 */
final class Draws {
    private Draws() {
    }

    static double uniform(long seed, String requestId, String campaignId) {
        long h = seed ^ (requestId.hashCode() * 0x9E3779B97F4A7C15L) ^ ((long) campaignId.hashCode() << 32)
                ^ requestId.length() * 0xC2B2AE3D27D4EB4FL;
        h = mix(mix(h) + campaignId.hashCode());
        return (h >>> 11) * 0x1.0p-53;
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
