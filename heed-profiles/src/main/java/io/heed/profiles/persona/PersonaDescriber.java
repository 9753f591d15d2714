package io.heed.profiles.persona;

import io.heed.profiles.FeatureSet;
import io.heed.profiles.ProfileFeatures;
import io.heed.profiles.ProfileMatrix;
import io.heed.profiles.SessionBasket;
import io.heed.profiles.rules.AssociationRule;
import io.heed.profiles.rules.FpGrowth;
import io.heed.profiles.rules.RuleConfig;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Describes each persona from the raw profile features and its members: size, share, revenue share (from
 * {@code monetary_log} when present), the features with the largest |Cohen's d| against all other users, top
 * categories by mean smoothed share relative to the population, top FP-Growth rules (lift above 1 only) over the
 * members' session category baskets, and a label built from the strongest signals (e.g. "late-night mobile gaming fans, high ad
 * response").
 */
public final class PersonaDescriber {
    private final int topFeatures;
    private final int topRules;
    private final RuleConfig ruleConfig;

    public PersonaDescriber(int topFeatures, int topRules, RuleConfig ruleConfig) {
        this.topFeatures = topFeatures;
        this.topRules = topRules;
        this.ruleConfig = ruleConfig;
    }

    public static PersonaDescriber defaults() {
        return new PersonaDescriber(5, 3, RuleConfig.of(0.02, 0.3));
    }

    public List<PersonaDescription> describe(ProfileMatrix m, int[] labels, int k, List<SessionBasket> baskets) {
        if (labels.length != m.rows()) {
            throw new IllegalArgumentException("labels (" + labels.length + ") and rows (" + m.rows() + ") differ");
        }
        FeatureSet fs = m.features();
        int d = fs.size();
        int n = m.rows();
        double[] x = m.values();
        int[] size = new int[k];
        double[][] sum = new double[k][d];
        double[][] sumSq = new double[k][d];
        double[] tot = new double[d];
        double[] totSq = new double[d];
        int money = fs.indexOf(ProfileFeatures.MONETARY);
        double[] revenue = new double[k];
        double revenueAll = 0;
        for (int i = 0; i < n; i++) {
            int l = labels[i];
            size[l]++;
            for (int j = 0; j < d; j++) {
                double v = x[i * d + j];
                sum[l][j] += v;
                sumSq[l][j] += v * v;
                tot[j] += v;
                totSq[j] += v * v;
            }
            if (money >= 0) {
                double r = Math.expm1(x[i * d + money]);
                revenue[l] += r;
                revenueAll += r;
            }
        }
        List<List<List<String>>> basketsOf = new ArrayList<>();
        for (int j = 0; j < k; j++) {
            basketsOf.add(new ArrayList<>());
        }
        for (SessionBasket b : baskets) {
            int row = m.rowOf(b.userId());
            if (row >= 0) {
                basketsOf.get(labels[row]).add(List.copyOf(b.items()));
            }
        }
        List<PersonaDescription> out = new ArrayList<>();
        for (int p = 0; p < k; p++) {
            List<PersonaDescription.FeatureEffect> effects = new ArrayList<>();
            int rest = n - size[p];
            for (int j = 0; j < d; j++) {
                double mIn = size[p] == 0 ? 0 : sum[p][j] / size[p];
                double mOut = rest == 0 ? 0 : (tot[j] - sum[p][j]) / rest;
                double vIn = size[p] < 2 ? 0 : (sumSq[p][j] - size[p] * mIn * mIn) / (size[p] - 1);
                double vOut = rest < 2 ? 0 : (totSq[j] - sumSq[p][j] - rest * mOut * mOut) / (rest - 1);
                double pooledDf = size[p] + rest - 2;
                double pooled = pooledDf <= 0
                        ? 0
                        : Math.sqrt(Math.max(0, ((size[p] - 1) * vIn + (rest - 1) * vOut) / pooledDf));
                double dEff = pooled > 1e-12 ? (mIn - mOut) / pooled : 0;
                effects.add(new PersonaDescription.FeatureEffect(fs.names().get(j), mIn, mOut, dEff));
            }
            List<PersonaDescription.FeatureEffect> byD = new ArrayList<>(effects);
            byD.sort(Comparator.comparingDouble((PersonaDescription.FeatureEffect e) -> -Math.abs(e.cohensD()))
                    .thenComparing(PersonaDescription.FeatureEffect::feature));
            List<String> cats = topCategories(effects, 3);
            List<String> rules = new ArrayList<>();
            if (!basketsOf.get(p).isEmpty()) {
                for (AssociationRule r : new FpGrowth(ruleConfig).rules(basketsOf.get(p))) {
                    if (rules.size() == topRules || r.lift() <= 1.0) {
                        break;
                    }
                    rules.add(String.format(
                            Locale.ROOT,
                            "%s (support %.3f, confidence %.2f, lift %.2f)",
                            r,
                            r.support(),
                            r.confidence(),
                            r.lift()));
                }
            }
            out.add(new PersonaDescription(
                    p,
                    label(effects, cats),
                    size[p],
                    (double) size[p] / n,
                    revenueAll > 0 ? revenue[p] / revenueAll : 0,
                    byD.subList(0, Math.min(topFeatures, byD.size())),
                    cats,
                    rules));
        }
        return out;
    }

    /** Categories whose mean share in the persona most exceeds their share among the rest (ratio), at most max. */
    static List<String> topCategories(List<PersonaDescription.FeatureEffect> effects, int max) {
        return effects.stream()
                .filter(e -> e.feature().startsWith(ProfileFeatures.CATEGORY_PREFIX))
                .filter(e -> e.mean() > e.restMean())
                .sorted(Comparator.comparingDouble(
                                (PersonaDescription.FeatureEffect e) -> -e.mean() / Math.max(e.restMean(), 1e-9))
                        .thenComparing(PersonaDescription.FeatureEffect::feature))
                .limit(max)
                .map(e -> e.feature().substring(ProfileFeatures.CATEGORY_PREFIX.length()))
                .toList();
    }

    /** A short readable label from the strongest signals; thresholds are on Cohen's d. */
    static String label(List<PersonaDescription.FeatureEffect> effects, List<String> cats) {
        List<String> words = new ArrayList<>();
        strongest(effects, "daypart_", 0.5)
                .ifPresent(f -> words.add(
                        switch (f) {
                            case "daypart_night" -> "late-night";
                            case "daypart_morning" -> "morning";
                            case "daypart_afternoon" -> "afternoon";
                            default -> "evening";
                        }));
        if (d(effects, "weekend_share") > 0.5) {
            words.add("weekend");
        }
        strongest(effects, "device_", 0.5).ifPresent(f -> words.add(f.substring("device_".length())));
        String subject =
                cats.isEmpty() ? "users" : String.join("/", cats.subList(0, Math.min(2, cats.size()))) + " fans";
        words.add(subject);
        List<String> traits = new ArrayList<>();
        double ad = d(effects, "ad_ctr");
        if (ad > 0.5) {
            traits.add("high ad response");
        } else if (ad < -0.5) {
            traits.add("low ad response");
        }
        if (d(effects, ProfileFeatures.MONETARY) > 0.5) {
            traits.add("big spenders");
        }
        double price = d(effects, "price_ratio_viewed");
        if (price > 0.5) {
            traits.add("premium taste");
        } else if (price < -0.5) {
            traits.add("bargain hunters");
        }
        return String.join(" ", words) + (traits.isEmpty() ? "" : ", " + String.join(", ", traits));
    }

    private static double d(List<PersonaDescription.FeatureEffect> effects, String name) {
        return effects.stream()
                .filter(e -> e.feature().equals(name))
                .mapToDouble(PersonaDescription.FeatureEffect::cohensD)
                .findFirst()
                .orElse(0);
    }

    private static java.util.Optional<String> strongest(
            List<PersonaDescription.FeatureEffect> effects, String prefix, double min) {
        return effects.stream()
                .filter(e -> e.feature().startsWith(prefix) && e.cohensD() > min)
                .max(Comparator.comparingDouble(PersonaDescription.FeatureEffect::cohensD))
                .map(PersonaDescription.FeatureEffect::feature);
    }
}
