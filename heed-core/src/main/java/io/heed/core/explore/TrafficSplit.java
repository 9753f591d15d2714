package io.heed.core.explore;

import java.util.List;

/**
 * How an experiment's traffic is divided: one weight per variant in basis points of {@link HashAssigner#BUCKETS}
 * (10,000 buckets). Weights must sum to at most 10,000; buckets beyond the sum are not enrolled.
 */
public record TrafficSplit(List<String> variants, List<Integer> basisPoints) {
    public TrafficSplit {
        variants = List.copyOf(variants);
        basisPoints = List.copyOf(basisPoints);
        if (variants.isEmpty() || variants.size() != basisPoints.size()) {
            throw new IllegalArgumentException("need one weight per variant and at least one variant");
        }
        int sum = 0;
        for (int i = 0; i < basisPoints.size(); i++) {
            int w = basisPoints.get(i);
            if (w < 0) {
                throw new IllegalArgumentException("weight of " + variants.get(i) + " is negative: " + w);
            }
            sum += w;
        }
        if (sum == 0 || sum > HashAssigner.BUCKETS) {
            throw new IllegalArgumentException("weights must sum to 1.." + HashAssigner.BUCKETS + ", sum to " + sum);
        }
        if (variants.stream().distinct().count() != variants.size()) {
            throw new IllegalArgumentException("variant names must be distinct: " + variants);
        }
    }

    /** An even split of all traffic; the remainder buckets go to the first variants. */
    public static TrafficSplit even(String... names) {
        int k = names.length;
        Integer[] w = new Integer[k];
        for (int i = 0; i < k; i++) {
            w[i] = HashAssigner.BUCKETS / k + (i < HashAssigner.BUCKETS % k ? 1 : 0);
        }
        return new TrafficSplit(List.of(names), List.of(w));
    }

    /** Total enrolled buckets. */
    public int enrolled() {
        return basisPoints.stream().mapToInt(Integer::intValue).sum();
    }

    /** Planned share of each variant among enrolled units (used by the sample-ratio-mismatch check). */
    public double[] plannedShares() {
        double total = enrolled();
        return basisPoints.stream().mapToDouble(w -> w / total).toArray();
    }
}
