package io.heed.recsys;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** External string ids ↔ dense int indices, in order of first appearance. Grows while building; read-only once shared. */
public final class IdMap {
    private final Map<String, Integer> index;
    private final List<String> ids;

    public IdMap() {
        this.index = new HashMap<>();
        this.ids = new ArrayList<>();
    }

    public static IdMap of(List<String> ids) {
        IdMap m = new IdMap();
        for (String id : ids) {
            if (m.indexOf(id) >= 0) {
                throw new IllegalArgumentException("duplicate id in id map: " + id);
            }
            m.add(id);
        }
        return m;
    }

    /** The index of {@code id}, adding it when new. */
    public int add(String id) {
        Objects.requireNonNull(id, "id");
        Integer i = index.get(id);
        if (i != null) {
            return i;
        }
        int n = ids.size();
        index.put(id, n);
        ids.add(id);
        return n;
    }

    /** The index of {@code id}, or -1 when unknown. */
    public int indexOf(String id) {
        Integer i = index.get(id);
        return i == null ? -1 : i;
    }

    public String id(int index) {
        return ids.get(index);
    }

    public int size() {
        return ids.size();
    }

    public List<String> ids() {
        return Collections.unmodifiableList(ids);
    }
}
