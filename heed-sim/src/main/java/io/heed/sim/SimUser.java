package io.heed.sim;

/**
 * One simulated account: a human drawn into a persona, or a bot ({@code persona == -1}).
 *
 * @param interests latent distribution over {@link Category} ordinals: the persona's, perturbed per user
 * @param activity  relative sessions per day (persona activity times a heavy-tailed individual factor)
 * @param devices   indices into {@link UserPopulation#devices()}
 */
record SimUser(
        int index,
        String id,
        int persona,
        double[] interests,
        Geo geo,
        boolean consentPersonalisation,
        boolean consentAdvertising,
        boolean consentMeasurement,
        long createdAtMillis,
        double activity,
        int[] devices,
        boolean bot) {}
