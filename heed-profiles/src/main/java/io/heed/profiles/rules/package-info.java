/**
 * Association rules over market baskets: {@link io.heed.profiles.rules.FpGrowth} mines frequent itemsets and
 * derives rules with a single-item right-hand side (support, confidence, lift), matching R arules' apriori.
 * JDK only.
 */
package io.heed.profiles.rules;
