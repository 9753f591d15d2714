package io.heed.experiments.ope;

import io.heed.experiments.stats.Interval;

/** A policy-value estimate with its standard error and confidence interval. */
public record Estimate(String method, double value, double standardError, Interval ci, int n) {}
