package io.heed.experiments.promotion;

import java.time.Instant;

/** A logged decision: which model serves next, why, and on what evidence. */
public record PromotionDecision(
        Instant decidedAt, String champion, String challenger, Outcome outcome, String reason, Evidence evidence) {
    public enum Outcome {
        PROMOTE,
        KEEP,
        INCONCLUSIVE
    }

    /** The model that serves after this decision. */
    public String serving() {
        return outcome == Outcome.PROMOTE ? challenger : champion;
    }
}
