package io.heed.storage;

import java.util.Map;

/** A room of the migrator's tests: its migrations are resources beside the subclass, in its package. */
public abstract class TestRoom implements Schema {
    private final String room;
    private final int order;
    private final Map<Integer, Integer> legacy;

    protected TestRoom(String room, int order, Map<Integer, Integer> legacy) {
        this.room = room;
        this.order = order;
        this.legacy = legacy;
    }

    @Override
    public String room() {
        return room;
    }

    @Override
    public int order() {
        return order;
    }

    @Override
    public Map<Integer, Integer> legacyVersions() {
        return legacy;
    }
}
