package io.heed.profiles.persona;

import java.util.ArrayList;
import java.util.List;

/**
 * Drift in persona sizes: the share of users each persona holds now (users assigned with the saved model) against
 * its share when the model was built, and the population stability index over the personas,
 * {@code PSI = Σ (now − then) · ln(now / then)} (shares floored at {@value #FLOOR} so an emptied persona gives a
 * large, finite value). Conventional reading: below 0.1 stable, 0.1–0.25 moderate shift, above 0.25 a shift large
 * enough to rebuild.
 *
 * @param users  users assigned now
 * @param psi    population stability index
 * @param shares one entry per persona, by index
 */
public record PersonaDrift(int users, double psi, List<Share> shares) {
    static final double FLOOR = 1e-4;
    public static final double MODERATE = 0.1;
    public static final double LARGE = 0.25;

    public PersonaDrift {
        shares = List.copyOf(shares);
    }

    /** One persona's size then and now. */
    public record Share(int persona, String label, double builtShare, int users, double share) {
        /** Now minus then, in share points (0.05 = five percentage points more). */
        public double change() {
            return share - builtShare;
        }
    }

    /** Compares {@code labels} (current assignments with {@code model}) to the shares recorded at build time. */
    public static PersonaDrift measure(PersonaModel model, int[] labels) {
        if (model.descriptions().isEmpty()) {
            throw new IllegalArgumentException("the persona model has no descriptions, so no build-time shares to "
                    + "compare with; rebuild it with `heed personas build`");
        }
        if (labels.length == 0) {
            throw new IllegalArgumentException("no users to compare: the store has no profiles");
        }
        int[] count = new int[model.k()];
        for (int l : labels) {
            if (l < 0 || l >= model.k()) {
                throw new IllegalArgumentException("persona " + l + " is not in 0.." + (model.k() - 1));
            }
            count[l]++;
        }
        double psi = 0;
        List<Share> out = new ArrayList<>();
        for (PersonaDescription d : model.descriptions()) {
            double now = (double) count[d.index()] / labels.length;
            double then = d.share();
            double a = Math.max(now, FLOOR);
            double b = Math.max(then, FLOOR);
            psi += (a - b) * Math.log(a / b);
            out.add(new Share(d.index(), d.label(), then, count[d.index()], now));
        }
        return new PersonaDrift(labels.length, psi, out);
    }

    /** "stable", "moderate" or "large", by the thresholds above. */
    public String verdict() {
        return psi < MODERATE ? "stable" : psi <= LARGE ? "moderate" : "large";
    }
}
