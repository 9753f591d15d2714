package io.heed.profiles.persona;

import java.util.List;

/**
 * Persona training hyperparameters.
 *
 * @param kMin             smallest k tried (&gt;= 2), or the fixed k when equal to {@code kMax}
 * @param kMax             largest k tried
 * @param seed             seeds every random choice
 * @param threads          assignment threads (results do not depend on it)
 * @param restarts         k-means++ restarts per k, lowest inertia wins
 * @param clip             robust z-score limit
 * @param miniBatchAbove   use mini-batch k-means (then 3 Lloyd passes) when there are more users than this
 * @param silhouetteSample users sampled for the silhouette
 * @param featurePrefixes  cluster on the features whose name starts with one of these (empty = all features); the
 *                         others still describe the personas
 * @param balanceGroups    weight features so every group (name up to the first '_') counts equally in distances
 */
public record PersonaConfig(int kMin, int kMax, long seed, int threads, int restarts, double clip, int miniBatchAbove,
        int silhouetteSample, List<String> featurePrefixes, boolean balanceGroups) {
    /**
     * The features that separated the simulator's planted personas best (ARI 0.88 at demo size; the comparison of
     * feature sets is in the module README): the category mix of what the feed showed the user.
     */
    public static final List<String> DEFAULT_FEATURES = List.of("seen_");

    public PersonaConfig {
        featurePrefixes = List.copyOf(featurePrefixes);
        if (kMin < 1 || kMax < kMin) {
            throw new IllegalArgumentException("need 1 <= kMin <= kMax, got " + kMin + ".." + kMax);
        }
        if (kMin < kMax && kMin < 2) {
            throw new IllegalArgumentException("automatic k needs kMin >= 2, got " + kMin);
        }
        if (threads < 1 || restarts < 1 || miniBatchAbove < 1 || silhouetteSample < 2) {
            throw new IllegalArgumentException("threads, restarts, miniBatchAbove must be >= 1, silhouetteSample >= 2");
        }
        if (!(clip > 0)) {
            throw new IllegalArgumentException("clip must be > 0, was " + clip);
        }
    }

    public static PersonaConfig fixedK(int k, long seed) {
        return new PersonaConfig(k, k, seed, defaultThreads(), 4, 4.0, 200_000, 2_000, List.of(), false);
    }

    public static PersonaConfig autoK(int kMin, int kMax, long seed) {
        return new PersonaConfig(kMin, kMax, seed, defaultThreads(), 4, 4.0, 200_000, 2_000, List.of(), false);
    }

    public PersonaConfig withFeaturePrefixes(List<String> prefixes) {
        return new PersonaConfig(kMin, kMax, seed, threads, restarts, clip, miniBatchAbove, silhouetteSample, prefixes, balanceGroups);
    }

    public PersonaConfig withRestarts(int n) {
        return new PersonaConfig(kMin, kMax, seed, threads, n, clip, miniBatchAbove, silhouetteSample, featurePrefixes, balanceGroups);
    }

    public PersonaConfig withBalanceGroups(boolean b) {
        return new PersonaConfig(kMin, kMax, seed, threads, restarts, clip, miniBatchAbove, silhouetteSample,
                featurePrefixes, b);
    }

    /** Whether {@code feature} is used for clustering. */
    public boolean uses(String feature) {
        return featurePrefixes.isEmpty() || featurePrefixes.stream().anyMatch(feature::startsWith);
    }

    public boolean automaticK() {
        return kMin != kMax;
    }

    static int defaultThreads() {
        return Math.max(1, Math.min(8, Runtime.getRuntime().availableProcessors()));
    }
}
