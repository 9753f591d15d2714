package io.heed.profiles.rules;

import java.util.List;

/**
 * {@code lhs => rhs}. Support = baskets holding lhs and rhs / all baskets; confidence = support / support(lhs);
 * lift = confidence / support(rhs). {@code count} is the number of baskets holding lhs and rhs.
 */
public record AssociationRule(
        List<String> lhs, String rhs, long count, double support, double confidence, double lift) {
    public AssociationRule {
        lhs = List.copyOf(lhs);
    }

    @Override
    public String toString() {
        return "{" + String.join(", ", lhs) + "} => {" + rhs + "}";
    }
}
