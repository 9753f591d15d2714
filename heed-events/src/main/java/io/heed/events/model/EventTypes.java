package io.heed.events.model;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The set of accepted event type names: the built-ins plus extra names a platform declares (e.g. {@code like},
 * {@code follow}). Extra types take an optional value and are never value-required.
 */
public final class EventTypes {
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]{0,31}");
    private final Set<String> names;
    private final Set<String> valueRequired;

    private EventTypes(Set<String> names, Set<String> valueRequired) {
        this.names = Collections.unmodifiableSet(names);
        this.valueRequired = Collections.unmodifiableSet(valueRequired);
    }

    public static EventTypes builtIn() {
        return withExtra(Set.of());
    }

    public static EventTypes withExtra(Set<String> extra) {
        Set<String> names = new LinkedHashSet<>();
        Set<String> required = new LinkedHashSet<>();
        for (EventType t : EventType.values()) {
            names.add(t.wireName());
            if (t.valueRequired()) {
                required.add(t.wireName());
            }
        }
        for (String e : extra) {
            if (!NAME.matcher(e).matches()) {
                throw new IllegalArgumentException("event type name '" + e + "' must match " + NAME.pattern());
            }
            names.add(e);
        }
        return new EventTypes(names, required);
    }

    public boolean accepts(String name) {
        return names.contains(name);
    }

    public boolean valueRequired(String name) {
        return valueRequired.contains(name);
    }

    /** All accepted names in a stable order. */
    public Set<String> names() {
        return names;
    }

    public Set<String> valueRequiredNames() {
        return valueRequired;
    }
}
