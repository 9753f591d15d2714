package io.heed.profiles.persona;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Persona training hyperparameters.
 *
 * @param kMin             smallest k tried (&gt;= 2), or the fixed k when equal to {@code kMax}
 * @param kMax             largest k tried
 * @param seed             seeds every random choice
 * @param threads          assignment threads (results do not depend on it)
 * @param restarts         k-means++ restarts per k, lowest inertia wins
 * @param clip             robust z-score limit
 * @param miniBatchAbove   with {@link Algorithm#AUTO}, use mini-batch k-means (then 3 Lloyd passes) when there are
 *                         more users than this
 * @param silhouetteSample users sampled for the silhouette
 * @param featurePrefixes  cluster on the features whose name starts with one of these (empty = all features); the
 *                         others still describe the personas
 * @param balanceGroups    weight features so every group (name up to the first '_') counts equally in distances
 * @param algorithm        which k-means variant fits a fixed k
 * @param observedIf       feature prefix → indicator feature: the prefix's features are observed only for users whose
 *                         indicator is 1 (&gt;= 0.5). Users with an unobserved group are left out of the fit and
 *                         assigned afterwards to the nearest centroid over the groups they do have.
 */
public record PersonaConfig(
        int kMin,
        int kMax,
        long seed,
        int threads,
        int restarts,
        double clip,
        int miniBatchAbove,
        int silhouetteSample,
        List<String> featurePrefixes,
        boolean balanceGroups,
        Algorithm algorithm,
        Map<String, String> observedIf) {
    /**
     * The features that separated the simulator's planted personas best (the comparison is in the module README):
     * what the feed showed the user, what they viewed and clicked, and their local-time rhythm.
     */
    public static final List<String> DEFAULT_FEATURES = List.of("seen_", "cat_", "hour_");

    /** What the feed showed says nothing about a user who refused personalisation (their feed is not theirs). */
    public static final Map<String, String> DEFAULT_OBSERVED_IF = Map.of("seen_", "feed_personalised");

    /** The k-means variant used for a fixed k (automatic k always uses k-means++ with Lloyd). */
    public enum Algorithm {
        /** Lloyd, or mini-batch above {@link #miniBatchAbove()} users. */
        AUTO,
        /** k-means++ seeding, then Lloyd iterations. */
        LLOYD,
        /** Sculley's mini-batch k-means, then 3 Lloyd passes: for large populations. */
        MINI_BATCH,
        /** Repeated 2-means splits of the largest cluster: a hierarchy that can be merged back. */
        BISECTING
    }

    public PersonaConfig {
        featurePrefixes = List.copyOf(featurePrefixes);
        observedIf = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(observedIf));
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
        if (algorithm == null) {
            throw new IllegalArgumentException("algorithm must be given");
        }
    }

    public static PersonaConfig fixedK(int k, long seed) {
        return new PersonaConfig(
                k, k, seed, defaultThreads(), 4, 4.0, 200_000, 2_000, List.of(), false, Algorithm.AUTO, Map.of());
    }

    public static PersonaConfig autoK(int kMin, int kMax, long seed) {
        return new PersonaConfig(
                kMin, kMax, seed, defaultThreads(), 4, 4.0, 200_000, 2_000, List.of(), false, Algorithm.AUTO, Map.of());
    }

    /** {@link #DEFAULT_FEATURES} with {@link #DEFAULT_OBSERVED_IF}: what {@code heed personas build} uses. */
    public PersonaConfig withStandardFeatures() {
        return withFeaturePrefixes(DEFAULT_FEATURES).withObservedIf(DEFAULT_OBSERVED_IF);
    }

    public PersonaConfig withFeaturePrefixes(List<String> prefixes) {
        return new PersonaConfig(
                kMin,
                kMax,
                seed,
                threads,
                restarts,
                clip,
                miniBatchAbove,
                silhouetteSample,
                prefixes,
                balanceGroups,
                algorithm,
                observedIf);
    }

    public PersonaConfig withRestarts(int n) {
        return new PersonaConfig(
                kMin,
                kMax,
                seed,
                threads,
                n,
                clip,
                miniBatchAbove,
                silhouetteSample,
                featurePrefixes,
                balanceGroups,
                algorithm,
                observedIf);
    }

    public PersonaConfig withBalanceGroups(boolean b) {
        return new PersonaConfig(
                kMin,
                kMax,
                seed,
                threads,
                restarts,
                clip,
                miniBatchAbove,
                silhouetteSample,
                featurePrefixes,
                b,
                algorithm,
                observedIf);
    }

    public PersonaConfig withAlgorithm(Algorithm a) {
        return new PersonaConfig(
                kMin,
                kMax,
                seed,
                threads,
                restarts,
                clip,
                miniBatchAbove,
                silhouetteSample,
                featurePrefixes,
                balanceGroups,
                a,
                observedIf);
    }

    public PersonaConfig withObservedIf(Map<String, String> m) {
        return new PersonaConfig(
                kMin,
                kMax,
                seed,
                threads,
                restarts,
                clip,
                miniBatchAbove,
                silhouetteSample,
                featurePrefixes,
                balanceGroups,
                algorithm,
                m);
    }

    /** Whether {@code feature} is used for clustering. */
    public boolean uses(String feature) {
        return featurePrefixes.isEmpty() || featurePrefixes.stream().anyMatch(feature::startsWith);
    }

    /** The indicator feature that says whether {@code feature} is observed, or null when it always is. */
    public String indicatorOf(String feature) {
        for (Map.Entry<String, String> e : observedIf.entrySet()) {
            if (feature.startsWith(e.getKey())) {
                return e.getValue();
            }
        }
        return null;
    }

    public boolean automaticK() {
        return kMin != kMax;
    }

    static int defaultThreads() {
        return Math.max(1, Math.min(8, Runtime.getRuntime().availableProcessors()));
    }
}
