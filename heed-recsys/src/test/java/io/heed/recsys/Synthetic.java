package io.heed.recsys;

import java.util.Random;

/** Seeded synthetic data with planted block structure: user u likes mostly items of group u % groups. */
public final class Synthetic {
    private Synthetic() {}

    public static Interactions blocks(int users, int items, int groups, long seed) {
        Random rnd = new Random(seed);
        InteractionsBuilder b = Interactions.builder().duplicates(InteractionsBuilder.Duplicates.MAX);
        for (int u = 0; u < users; u++) {
            int g = u % groups;
            for (int i = 0; i < items; i++) {
                boolean inGroup = i % groups == g;
                // popular items (low index) are liked a bit more by everyone
                double p = (inGroup ? 0.6 : 0.03) + (i < 3 ? 0.3 : 0);
                if (rnd.nextDouble() < p) {
                    b.add("u" + u, "i" + i, 1);
                }
            }
        }
        return b.build();
    }
}
