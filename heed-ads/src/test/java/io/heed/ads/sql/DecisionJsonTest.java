package io.heed.ads.sql;

import static org.assertj.core.api.Assertions.assertThat;

import io.heed.ads.decide.Candidate;
import io.heed.ads.decide.Decision;
import io.heed.ads.decide.ServedAd;
import io.heed.ads.model.Pricing;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The auction log's JSON, byte for byte: the text below was written by the hand-built encoder this one replaced,
 * and stored rows hold it, so it must not change (quotes, backslashes and control characters escaped as before,
 * numbers as {@link CompactDecimal} text, NaN and infinities as null, at most ten candidates).
 */
class DecisionJsonTest {
    private static Candidate candidate(
            String campaign,
            String creative,
            Pricing pricing,
            double bid,
            double pClick,
            double ecpm,
            double throttle,
            boolean participated) {
        return new Candidate(campaign, creative, "adv", pricing, bid, pClick, 0.1, 1, 1, ecpm, throttle, participated);
    }

    private static Decision decision(List<Candidate> candidates, List<ServedAd> ads) {
        return new Decision("d", "r", "feed", 1L, 0.5, true, "u", "p", ads, candidates, candidates.size(), null);
    }

    @Test
    void candidatesAndWinnersAreWrittenAsBefore() {
        Candidate a = candidate("c\"1\\x", "k\n1\u0001é", Pricing.CPC, 0.35, 0.0123456789012345, 12.5, 1, true);
        Candidate b = candidate("c2", "k2", Pricing.CPM, 2, Double.NaN, Double.POSITIVE_INFINITY, 0.25, false);
        Candidate c = candidate("c3", "k3", Pricing.CPA, 1e-9, 1.0 / 3, -0.0, 123456789.123456789, true);
        Decision d = decision(
                List.of(a, b, c),
                List.of(
                        new ServedAd(0, a, null, 0.3, 10.000000000001, 0, 0.875),
                        new ServedAd(1, c, null, 1e20, Double.NaN, 1_500, 1)));
        assertThat(DecisionJson.candidates(d))
                .isEqualTo("[[\"c\\\"1\\\\x\",\"k\\u000a1\\u0001é\",\"cpc\",0.35,0.0123456789012,0.1,12.5,1,true],"
                        + "[\"c2\",\"k2\",\"cpm\",2,null,0.1,null,0.25,false],"
                        + "[\"c3\",\"k3\",\"cpa\",1E-9,0.333333333333,0.1,0,123456789.123,true]]");
        assertThat(DecisionJson.winners(d))
                .isEqualTo(
                        "[[0,\"c\\\"1\\\\x\",\"k\\u000a1\\u0001é\",0.3,10,0,0.875],[1,\"c3\",\"k3\",1E20,null,1500,1]]");
    }

    @Test
    void emptyListsAndTheCandidateCapAreAsBefore() {
        assertThat(DecisionJson.candidates(decision(List.of(), List.of()))).isEqualTo("[]");
        assertThat(DecisionJson.winners(decision(List.of(), List.of()))).isEqualTo("[]");
        List<Candidate> many = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            many.add(candidate("c" + i, "k", Pricing.CPM, i, 0.5, i, 1, true));
        }
        String json = DecisionJson.candidates(decision(many, List.of()));
        assertThat(json)
                .startsWith("[[\"c0\",\"k\",\"cpm\",0,0.5,0.1,0,1,true],[\"c1\"")
                .endsWith("[\"c9\",\"k\",\"cpm\",9,0.5,0.1,9,1,true]]")
                .doesNotContain("c10");
    }
}
