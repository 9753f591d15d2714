package io.heed.sim;

import java.util.Arrays;

/**
 * A strategy's answer: candidate ad indices, the probability of showing each (positive, summing to 1) and the price
 * per click each would pay. A deterministic choice is one ad with probability 1.
 */
public record Decision(int[] ads, double[] probabilities, double[] pricePerClick) {
    public Decision {
        if (ads.length == 0 || ads.length != probabilities.length || ads.length != pricePerClick.length) {
            throw new IllegalArgumentException("a decision needs one probability and one price per candidate ad");
        }
        double s = 0;
        for (int i = 0; i < ads.length; i++) {
            if (!(probabilities[i] > 0) || !(pricePerClick[i] >= 0) || Double.isInfinite(pricePerClick[i])) {
                throw new IllegalArgumentException("candidate " + ads[i] + " has probability " + probabilities[i]
                        + " and price " + pricePerClick[i] + ": probabilities must be > 0, prices finite and >= 0");
            }
            s += probabilities[i];
        }
        if (Math.abs(s - 1) > 1e-9) {
            throw new IllegalArgumentException("probabilities sum to " + s + ", not 1");
        }
        ads = ads.clone();
        probabilities = probabilities.clone();
        pricePerClick = pricePerClick.clone();
    }

    public static Decision single(int ad, double pricePerClick) {
        return new Decision(new int[] {ad}, new double[] {1.0}, new double[] {pricePerClick});
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Decision d
                && Arrays.equals(ads, d.ads)
                && Arrays.equals(probabilities, d.probabilities)
                && Arrays.equals(pricePerClick, d.pricePerClick);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(ads) * 31 + Arrays.hashCode(probabilities);
    }

    @Override
    public String toString() {
        return "Decision" + Arrays.toString(ads);
    }
}
