package io.heed.profiles.persona;

import io.heed.profiles.FeatureSet;
import io.heed.profiles.ProfileFeatures;
import io.heed.profiles.ProfileMatrix;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One user's profile as the API shows it: the raw feature values, the nearest persona of the saved model (or none,
 * with the reason), and the top interests: the categories with the largest smoothed share of the user's views and
 * clicks ({@code cat_*}), ties broken by what the feed showed ({@code seen_*}).
 *
 * @param persona     persona index, or -1 when there is no usable model
 * @param personaNote why there is no persona (empty when there is one)
 */
public record UserProfile(
        String userId,
        String featureSet,
        Map<String, Double> features,
        int persona,
        String personaLabel,
        String personaNote,
        List<Interest> topInterests) {
    public static final int TOP_INTERESTS = 3;

    public UserProfile {
        features = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(features));
        topInterests = List.copyOf(topInterests);
    }

    /** A category and the user's smoothed share of it. */
    public record Interest(String category, double share) {}

    /**
     * The profile of the single row of {@code row}; {@code model} may be null (no model built yet) or trained on
     * another feature set, which the note then says.
     */
    public static UserProfile of(ProfileMatrix row, PersonaModel model) {
        if (row.rows() != 1) {
            throw new IllegalArgumentException("expected one user's row, got " + row.rows());
        }
        FeatureSet fs = row.features();
        double[] x = row.row(0);
        Map<String, Double> features = new LinkedHashMap<>();
        for (int j = 0; j < fs.size(); j++) {
            features.put(fs.names().get(j), x[j]);
        }
        int persona = -1;
        String label = "";
        String note;
        if (model == null) {
            note = "no persona model yet: run `heed personas build`";
        } else if (!fs.compatibleWith(model.features())) {
            note = "the persona model was trained on " + model.features().id() + " with other columns than the "
                    + "store's " + fs.id() + "; rebuild it with `heed personas build`";
        } else {
            PersonaAssigner a = model.assigner();
            persona = a.assign(x);
            label = a.label(persona);
            note = "";
        }
        return new UserProfile(row.userIds().get(0), fs.id(), features, persona, label, note, interests(features));
    }

    static List<Interest> interests(Map<String, Double> features) {
        List<Interest> all = new ArrayList<>();
        features.forEach((name, v) -> {
            if (name.startsWith(ProfileFeatures.CATEGORY_PREFIX)) {
                all.add(new Interest(name.substring(ProfileFeatures.CATEGORY_PREFIX.length()), v));
            }
        });
        all.sort(Comparator.comparingDouble((Interest i) -> -i.share())
                .thenComparingDouble(i -> -features.getOrDefault(ProfileFeatures.SEEN_PREFIX + i.category(), 0.0))
                .thenComparing(Interest::category));
        return all.subList(0, Math.min(TOP_INTERESTS, all.size()));
    }
}
