package io.heed.cli;

import io.heed.profiles.ProfileMatrix;
import io.heed.profiles.persona.PersonaAssigner;
import io.heed.profiles.persona.PersonaModel;
import io.heed.profiles.sql.PersonaLabels;
import io.heed.profiles.sql.SqlProfileFeatures;
import io.heed.storage.HeedStore;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** Assigns every user of a tenant to a persona of the saved model and stores the labels (user_personas). */
public final class PersonaLabelRefresh {
    private PersonaLabelRefresh() {}

    /** The label of each user with clean events; throws when the store's features no longer fit the model. */
    public static Map<String, String> labels(HeedStore store, PersonaModel model, String tenant) {
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
    static int refresh(HeedStore store, PersonaModel model, String tenant) {
        return new PersonaLabels(store).replace(tenant, labels(store, model, tenant), Instant.now());
    }
}
