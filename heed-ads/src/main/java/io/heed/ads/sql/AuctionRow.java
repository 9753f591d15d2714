package io.heed.ads.sql;

import io.heed.ads.decide.Decision;
import io.heed.ads.decide.ServedAd;
import io.heed.ads.port.SpendHistory.Charge;
import java.util.ArrayList;
import java.util.List;

/**
 * One decision as the auction log stores it: a row of {@code ad_auctions} (candidates and winners as the compact
 * JSON of {@link DecisionJson}) and its impression charges for {@code ad_spend}. What the journal carries from
 * serving to the store.
 */
record AuctionRow(
        String decisionId,
        String requestId,
        String placementId,
        long timestampMillis,
        double floorCpm,
        boolean personalised,
        String userId,
        String persona,
        String problem,
        int candidateCount,
        String candidates,
        String winners,
        List<Charge> charges) {

    static AuctionRow of(Decision d) {
        List<Charge> charges = new ArrayList<>(1);
        for (ServedAd a : d.ads()) {
            if (a.chargedMicros() > 0) {
                charges.add(new Charge(
                        d.decisionId(),
                        a.candidate().campaignId(),
                        d.timestampMillis(),
                        "impression",
                        a.chargedMicros()));
            }
        }
        return new AuctionRow(
                d.decisionId(),
                d.requestId(),
                d.placementId(),
                d.timestampMillis(),
                d.floorCpm(),
                d.personalised(),
                d.userId(),
                d.persona(),
                d.problem() == null ? null : d.problem().code(),
                d.candidateCount(),
                DecisionJson.candidates(d),
                DecisionJson.winners(d),
                charges);
    }
}
