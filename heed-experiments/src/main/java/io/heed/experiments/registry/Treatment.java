package io.heed.experiments.registry;

import java.util.Locale;

/** What a variant serves: a strategy or a model, by name (e.g. {@code strategy:popularity}, {@code model:ctr-v2}). */
public record Treatment(Kind kind, String ref) {
    public enum Kind {
        STRATEGY,
        MODEL
    }

    public Treatment {
        if (kind == null || ref == null || ref.isBlank()) {
            throw new IllegalArgumentException("a treatment needs a kind and a name");
        }
    }

    /** Parses {@code strategy:NAME} or {@code model:NAME}. */
    public static Treatment parse(String s) {
        int colon = s == null ? -1 : s.indexOf(':');
        if (colon <= 0 || colon == s.length() - 1) {
            throw new IllegalArgumentException("treatment '" + s + "' is not strategy:NAME or model:NAME");
        }
        String kind = s.substring(0, colon).strip().toUpperCase(Locale.ROOT);
        try {
            return new Treatment(Kind.valueOf(kind), s.substring(colon + 1).strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("treatment '" + s + "': kind must be strategy or model", e);
        }
    }

    @Override
    public String toString() {
        return kind.name().toLowerCase(Locale.ROOT) + ":" + ref;
    }
}
