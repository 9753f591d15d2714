package io.heed.app;

import io.heed.profiles.ProfileMatrix;
import io.heed.profiles.persona.PersonaAssigner;
import io.heed.profiles.persona.PersonaModel;
import io.heed.profiles.sql.PersonaLabels;
import io.heed.profiles.sql.SqlProfileFeatures;
import io.heed.storage.HeedStore;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The persona labelling use case: every user of a tenant assigned to a persona of a model, the labels kept in the
 * store ({@code user_personas}) where the revenue report, the ads engine and the experiments read them.
 */
public final class LabelPersonas {
    private final HeedStore store;

    public LabelPersonas(HeedStore store) {
        this.store = store;
    }

    /** The label of each user with clean events; throws when the store's features no longer fit the model. */
    public Map<String, String> labels(PersonaModel model, String tenant) {
        ProfileMatrix m = new SqlProfileFeatures(store, tenant).compute();
        if (!m.features().compatibleWith(model.features())) {
            throw new IllegalStateException("the store's profile features differ from the persona model's; "
                    + "rebuild it with `heed personas build`");
        }
        PersonaAssigner a = model.assigner();
        int[] assigned = a.assignAll(m);
        Map<String, String> out = new HashMap<>();
        for (int i = 0; i < assigned.length; i++) {
            out.put(m.userIds().get(i), a.label(assigned[i]));
        }
        return out;
    }

    /** Recomputes and stores the labels; returns how many users were labelled. */
    public int refresh(PersonaModel model, String tenant) {
        return new PersonaLabels(store).replace(tenant, labels(model, tenant), Instant.now());
    }
}
