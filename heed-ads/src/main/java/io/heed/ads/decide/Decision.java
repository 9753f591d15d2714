package io.heed.ads.decide;

import io.heed.core.Problem;
import java.util.List;

/**
 * The outcome of one request: the winners in slot order, every eligible candidate with its score (in rank order as
 * far as the auction needed them, then in campaign order) and their number, the floor used,
 * and whether personal data was used. {@code problem} is set (and everything else empty) when the request could not
 * be served at all, e.g. an unknown placement.
 *
 * <p>The auction log receives the same decision with only the best {@link #LOGGED_CANDIDATES} candidates, in rank
 * order ({@code candidateCount} still counts all): what the log stores, and a decision waiting in the log's queue
 * holds no more.
 */
public record Decision(
        String decisionId,
        String requestId,
        String placementId,
        long timestampMillis,
        double floorCpm,
        boolean personalised,
        String userId,
        String persona,
        List<ServedAd> ads,
        List<Candidate> candidates,
        int candidateCount,
        Problem problem) {
    /** Candidates per decision in the auction log: the best ones, in rank order. */
    public static final int LOGGED_CANDIDATES = 10;

    static Decision failed(String decisionId, DecisionRequest r, Problem p) {
        return new Decision(
                decisionId,
                r.requestId(),
                r.placementId(),
                r.timestampMillis(),
                0,
                false,
                null,
                null,
                List.of(),
                List.of(),
                0,
                p);
    }

    /** This decision with other candidates (the log's shorter list). */
    Decision withCandidates(List<Candidate> shorter) {
        return new Decision(
                decisionId,
                requestId,
                placementId,
                timestampMillis,
                floorCpm,
                personalised,
                userId,
                persona,
                ads,
                shorter,
                candidateCount,
                problem);
    }

    public boolean filled() {
        return !ads.isEmpty();
    }
}
