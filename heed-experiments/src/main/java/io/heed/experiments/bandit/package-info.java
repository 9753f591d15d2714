/**
 * Bandit policies that return the chosen arm with its propensity: Beta-Bernoulli Thompson sampling and disjoint
 * LinUCB; plus a seeded regret simulation. Randomness always comes from a caller-supplied seeded generator.
 */
package io.heed.experiments.bandit;
