package io.heed.ctr.explain;

import io.heed.ctr.Contribution;
import io.heed.ctr.Explanation;
import io.heed.ctr.features.FeaturePipeline;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The user-facing "why am I seeing this ad" text, derived from an {@link Explanation}: the features that raised
 * the prediction most, phrased for a person. Identifiers (user, device, ad ids) are never shown: a user-id
 * feature becomes "your past activity". Fields without a phrase are left out rather than shown raw.
 */
public final class WhyThisAd {
    private static final Map<String, String> PHRASES = Map.ofEntries(
            Map.entry("user", "your past activity on this site"),
            Map.entry("category", "its topic, %s"),
            Map.entry("user×category", "your interest in %s"),
            Map.entry("placement", "where it appears (%s)"),
            Map.entry("position", "its place on the page"),
            Map.entry("device", "the device you are using (%s)"),
            Map.entry("platform", "your platform (%s)"),
            Map.entry("geo", "your country (%s)"),
            Map.entry("hour", "the time of day"),
            Map.entry("weekday", "the day of the week"),
            Map.entry("format", "its format (%s)"),
            Map.entry("advertiser", "the advertiser's ads you engaged with"),
            Map.entry("target", "how people respond to this ad"),
            Map.entry("seen", "how recently you saw it"));

    private WhyThisAd() {}

    public static String text(Explanation e, int reasons) {
        List<String> out = new ArrayList<>();
        for (Contribution c : e.top()) {
            if (out.size() >= reasons || c.logOdds() <= 0) {
                continue;
            }
            String phrase = phrase(c.feature());
            if (phrase != null && !out.contains(phrase)) {
                out.add(phrase);
            }
        }
        if (out.isEmpty()) {
            return "You are seeing this ad because it was available for this spot; nothing about you made it more likely.";
        }
        return "You are seeing this ad because of " + String.join(", ", out.subList(0, out.size() - 1))
                + (out.size() > 1 ? " and " : "") + out.get(out.size() - 1) + ".";
    }

    /** "user=u1×category=sports" → key "user×category", value of the last part "sports". */
    static String phrase(String feature) {
        StringBuilder key = new StringBuilder();
        String value = null;
        for (String part : feature.split("×")) {
            int eq = part.indexOf('=');
            String field = eq < 0 ? part : part.substring(0, eq);
            value = eq < 0 ? null : part.substring(eq + 1);
            key.append(key.length() == 0 ? "" : "×").append(field);
        }
        String template = PHRASES.get(key.toString());
        if (template == null || FeaturePipeline.MISSING.equals(value)) {
            return null;
        }
        return template.contains("%s") ? (value == null ? null : String.format(template, value)) : template;
    }
}
