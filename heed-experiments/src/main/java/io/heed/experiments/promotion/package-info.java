/**
 * Challenger promotion: {@link io.heed.experiments.promotion.PromotionPolicy} promotes a challenger model only when
 * the evidence shows it wins (an experiment whose difference CI lies above zero, or an off-policy estimate whose CI
 * lower bound lies above the champion's value), keeps the champion when the challenger clearly loses, and says
 * inconclusive otherwise; every {@link io.heed.experiments.promotion.PromotionDecision} carries its evidence and
 * goes to a {@link io.heed.experiments.promotion.DecisionLog} (the store keeps it in a table).
 */
package io.heed.experiments.promotion;
