package io.heed.experiments.promotion;

import java.util.List;

/** Port: where promotion decisions and their evidence are kept ({@code io.heed.experiments.sql.SqlDecisionLog}: the promotion_decisions table). */
public interface DecisionLog {
    void append(PromotionDecision d);

    /** The latest decisions, newest first. */
    List<PromotionRecord> recent(int limit);
}
