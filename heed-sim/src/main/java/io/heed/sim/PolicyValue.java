package io.heed.sim;

/** A strategy's true expected value per impression: click rate and publisher revenue. */
public record PolicyValue(double ctr, double revenuePerImpression) {}
