package io.heed.ads.attention;

import io.heed.ads.model.UserAdResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An attention model from logged data: click rate per (persona, ad), shrunk toward the ad's click rate, which is
 * shrunk toward the global one ({@code (clicks + m * prior) / (impressions + m)} at each level). Users without a
 * persona count toward the ad and global rates only; an unknown persona or ad predicts the next level up.
 */
public final class PersonaAdCtrModel {
    private final Map<String, double[]> personaAd = new HashMap<>();
    private final Map<String, double[]> ad = new HashMap<>();
    private final double global;
    private final double personaStrength;
    private final double adStrength;

    private PersonaAdCtrModel(double global, double personaStrength, double adStrength) {
        this.global = global;
        this.personaStrength = personaStrength;
        this.adStrength = adStrength;
    }

    public static PersonaAdCtrModel fit(
            List<UserAdResponse> logs, Map<String, String> personaOfUser, double personaStrength, double adStrength) {
        if (!(personaStrength > 0) || !(adStrength > 0)) {
            throw new IllegalArgumentException("prior strengths must be > 0");
        }
        long imps = 0;
        long clicks = 0;
        for (UserAdResponse r : logs) {
            imps += r.impressions();
            clicks += r.clicks();
        }
        if (imps == 0) {
            throw new IllegalArgumentException("no ad impressions in the logs: nothing to learn click rates from");
        }
        PersonaAdCtrModel m = new PersonaAdCtrModel(Math.min(1, (double) clicks / imps), personaStrength, adStrength);
        for (UserAdResponse r : logs) {
            add(m.ad, r.adId(), r);
            String p = personaOfUser.get(r.userId());
            if (p != null) {
                add(m.personaAd, p + '\u0000' + r.adId(), r);
            }
        }
        return m;
    }

    private static void add(Map<String, double[]> m, String key, UserAdResponse r) {
        double[] c = m.computeIfAbsent(key, k -> new double[2]);
        c[0] += r.impressions();
        c[1] += r.clicks();
    }

    /** Predicted click rate of an ad for a user of a persona (null persona: the ad's rate). */
    public double predict(String persona, String adId) {
        double[] a = ad.get(adId);
        double adRate = a == null ? global : (a[1] + adStrength * global) / (a[0] + adStrength);
        if (persona == null) {
            return adRate;
        }
        double[] pa = personaAd.get(persona + '\u0000' + adId);
        return pa == null ? adRate : (pa[1] + personaStrength * adRate) / (pa[0] + personaStrength);
    }

    public double global() {
        return global;
    }
}
