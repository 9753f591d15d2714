package io.heed.profiles.rules;

/**
 * Rule mining thresholds, as in arules' {@code apriori(parameter = list(support, confidence, minlen, maxlen))}:
 * an itemset is frequent when its basket count is at least {@code minSupport × baskets}; rules span
 * {@code minLen..maxLen} items counting the right-hand side.
 */
public record RuleConfig(double minSupport, double minConfidence, int minLen, int maxLen) {
    public RuleConfig {
        if (!(minSupport > 0 && minSupport <= 1)) {
            throw new IllegalArgumentException("minSupport must be in (0, 1], was " + minSupport);
        }
        if (!(minConfidence >= 0 && minConfidence <= 1)) {
            throw new IllegalArgumentException("minConfidence must be in [0, 1], was " + minConfidence);
        }
        if (minLen < 2 || maxLen < minLen) {
            throw new IllegalArgumentException("need 2 <= minLen <= maxLen, got " + minLen + ".." + maxLen);
        }
    }

    /** arules' defaults for the lengths (rules with a non-empty left-hand side, at most 10 items). */
    public static RuleConfig of(double minSupport, double minConfidence) {
        return new RuleConfig(minSupport, minConfidence, 2, 10);
    }
}
