package io.heed.sim;

/**
 * What the world answered: the ad shown, the probability the strategy gave it (its propensity), whether it was
 * clicked and converted, the publisher's revenue (the price per click when clicked) and the conversion's value.
 */
public record Outcome(
        int ad, double propensity, boolean click, boolean conversion, double revenue, double conversionValue) {}
