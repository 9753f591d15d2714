package io.heed.profiles.persona;

import java.util.List;

/**
 * What distinguishes one persona: its size and share of users, its share of revenue, the features that set it apart
 * most (Cohen's d against all other users), its top categories (by smoothed share), its top association rules
 * over session category baskets, and a generated human-readable label.
 */
public record PersonaDescription(
        int index,
        String label,
        int size,
        double share,
        double revenueShare,
        List<FeatureEffect> distinguishing,
        List<String> topCategories,
        List<String> topRules) {
    public PersonaDescription {
        distinguishing = List.copyOf(distinguishing);
        topCategories = List.copyOf(topCategories);
        topRules = List.copyOf(topRules);
    }

    /** A feature's mean inside the persona and among the rest, and Cohen's d (pooled standard deviation). */
    public record FeatureEffect(String feature, double mean, double restMean, double cohensD) {}
}
