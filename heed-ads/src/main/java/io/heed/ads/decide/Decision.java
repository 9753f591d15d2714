package io.heed.ads.decide;

import io.heed.core.Problem;
import java.util.List;

/**
 * The outcome of one request: the winners in slot order, every eligible candidate with its score (in rank order as
 * far as the auction needed them, then in campaign order), the floor used,
 * and whether personal data was used. {@code problem} is set (and everything else empty) when the request could not
 * be served at all, e.g. an unknown placement.
 */
public record Decision(String decisionId, String requestId, String placementId, long timestampMillis, double floorCpm,
                       boolean personalised, String userId, String persona, List<ServedAd> ads,
                       List<Candidate> candidates, Problem problem) {

    static Decision failed(String decisionId, DecisionRequest r, Problem p) {
        return new Decision(decisionId, r.requestId(), r.placementId(), r.timestampMillis(), 0, false, null, null,
                List.of(), List.of(), p);
    }

    public boolean filled() {
        return !ads.isEmpty();
    }
}
