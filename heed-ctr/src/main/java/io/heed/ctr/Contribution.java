package io.heed.ctr;

/** One feature's additive share of a prediction's log-odds (before calibration); positive raises the probability. */
public record Contribution(String feature, double logOdds) {}
