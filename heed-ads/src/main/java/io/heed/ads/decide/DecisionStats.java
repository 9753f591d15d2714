package io.heed.ads.decide;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/** Counters of the serving path: requests, fills, problems, and the rare lost reservation races. */
public final class DecisionStats {
    final LongAdder requests = new LongAdder();
    final LongAdder filled = new LongAdder();
    final LongAdder noFill = new LongAdder();
    final LongAdder unknownPlacement = new LongAdder();
    final LongAdder budgetRaces = new LongAdder();
    final LongAdder capRaces = new LongAdder();

    /** A snapshot for the stats endpoint, in a stable order. */
    public Map<String, Long> snapshot() {
        Map<String, Long> m = new LinkedHashMap<>();
        m.put("requests", requests.sum());
        m.put("filled", filled.sum());
        m.put("no_fill", noFill.sum());
        m.put("unknown_placement", unknownPlacement.sum());
        m.put("budget_races_lost", budgetRaces.sum());
        m.put("cap_races_lost", capRaces.sum());
        return m;
    }
}
