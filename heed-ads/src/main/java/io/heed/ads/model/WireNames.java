package io.heed.ads.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Enum constants by their lower-case wire names, with an error naming the field and the accepted names. */
final class WireNames {
    private WireNames() {}

    static String of(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    static <E extends Enum<E>> E parse(Class<E> type, String field, String s) {
        for (E e : type.getEnumConstants()) {
            if (of(e).equalsIgnoreCase(s == null ? "" : s)) {
                return e;
            }
        }
        throw new InvalidEntityException(
                field,
                "must be one of "
                        + Arrays.stream(type.getEnumConstants())
                                .map(WireNames::of)
                                .collect(Collectors.joining(", ")) + "; was " + s);
    }
}
