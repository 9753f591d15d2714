package io.heed.sim;

/**
 * One planted persona: the ground truth a persona clusterer should recover. Arrays are owned by the persona and
 * never modified after planting.
 *
 * @param index             position in the persona list, used as the user's label
 * @param name              stable, readable label written to the truth files
 * @param categoryWeights   distribution over {@link Category} ordinals (concentrated on two or three)
 * @param hourWeights       24 weights of the local hour-of-day at which sessions start
 * @param deviceMix         weights over {@link DeviceType} ordinals for the devices its users own
 * @param platformMix       weights over {@link Platform} ordinals for mobiles and tablets (desktops are web)
 * @param priceSensitivity  how strongly a price above the category median lowers cart and purchase odds
 * @param adResponsiveness  multiplier on ad click odds (its log is added to the ad click logit)
 * @param activity          relative number of sessions per day
 * @param weekendBoost      multiplier on activity on Saturdays and Sundays
 * @param share             expected share of the users (sizes are drawn from it)
 */
record Persona(
        int index,
        String name,
        double[] categoryWeights,
        double[] hourWeights,
        double[] deviceMix,
        double[] platformMix,
        double priceSensitivity,
        double adResponsiveness,
        double activity,
        double weekendBoost,
        double share) {

    /** Ordinals of the {@code k} heaviest categories, heaviest first. */
    int[] topCategories(int k) {
        int[] order = new int[Category.COUNT];
        boolean[] used = new boolean[Category.COUNT];
        for (int i = 0; i < k; i++) {
            int best = -1;
            for (int c = 0; c < Category.COUNT; c++) {
                if (!used[c] && (best < 0 || categoryWeights[c] > categoryWeights[best])) {
                    best = c;
                }
            }
            used[best] = true;
            order[i] = best;
        }
        return java.util.Arrays.copyOf(order, k);
    }

    double topMass(int k) {
        double m = 0;
        for (int c : topCategories(k)) {
            m += categoryWeights[c];
        }
        return m;
    }
}
