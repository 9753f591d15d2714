package io.heed.ads.decide;

import static io.heed.ads.decide.Fixtures.cpm;
import static io.heed.ads.decide.Fixtures.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.heed.ads.model.Campaign;
import io.heed.ads.model.Pricing;
import io.heed.ads.model.Schedule;
import io.heed.ads.model.Status;
import io.heed.ads.model.Targeting;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class DecisionEngineTest {

    @Test
    void secondPriceWithFloorAndDeterministicTies() {
        Fixtures f = new Fixtures()
                .add(cpm("a", 5, Targeting.ANY))
                .add(cpm("b", 3, Targeting.ANY))
                .add(cpm("c", 3, Targeting.ANY));
        Decision d = f.engine().decide(request("r1", "side", "u1", true, null, "FR"));
        assertThat(d.ads()).hasSize(1);
        assertThat(d.ads().get(0).candidate().campaignId()).isEqualTo("a");
        assertThat(d.ads().get(0).price()).isEqualTo(3.0);
        assertThat(d.ads().get(0).chargedMicros()).isEqualTo(3_000);
        assertThat(d.candidates()).extracting(Candidate::campaignId).containsExactly("a", "b", "c");

        // two slots: the first pays the second's eCPM, the second (tied with c, wins on id) pays c's
        Decision feed = f.engine().decide(request("r2", "feed", "u1", true, null, "FR"));
        assertThat(feed.ads()).extracting(a -> a.candidate().campaignId()).containsExactly("a", "b");
        assertThat(feed.ads()).extracting(ServedAd::price).containsExactly(3.0, 3.0);
        assertThat(feed.ads()).allSatisfy(a -> assertThat(a.propensity()).isEqualTo(1.0));
    }

    @Test
    void aLoneBidderPaysTheFloorAndBidsBelowTheFloorStayOut() {
        Fixtures f = new Fixtures().add(cpm("a", 4, Targeting.ANY)).add(cpm("low", 0.4, Targeting.ANY));
        Decision d = f.engine().decide(request("r", "feed", null, false, null, null));
        assertThat(d.ads()).hasSize(1);
        assertThat(d.ads().get(0).price()).isEqualTo(0.5); // the placement's floor
        assertThat(d.candidates()).extracting(Candidate::campaignId).containsExactly("a");
    }

    @Test
    void cpcCampaignsAreScoredByPredictedClicks() {
        Fixtures f = new Fixtures()
                .add(Fixtures.campaign("click", Pricing.CPC, 0.40, 100, 100, Targeting.ANY, List.of()))
                .add(cpm("imp", 3, Targeting.ANY));
        Decision d = f.engine().decide(request("r", "side", "u", true, null, "FR"));
        Candidate click = d.candidates().stream()
                .filter(c -> c.campaignId().equals("click"))
                .findFirst()
                .orElseThrow();
        // default prior pCTR 0.01: eCPM = 0.40 x 1000 x 0.01 = 4
        assertThat(click.ecpm()).isCloseTo(4.0, within(1e-9));
        assertThat(d.ads().get(0).candidate().campaignId()).isEqualTo("click");
        assertThat(d.ads().get(0).price()).isCloseTo(0.30, within(1e-9)); // 3 eCPM / (1000 x 0.01)
        assertThat(d.ads().get(0).chargedMicros()).isZero(); // CPC pays on the click
    }

    @Test
    void aCpcCampaignWhoseBudgetIsExactlySpentIsNotServed() {
        Campaign click = Fixtures.campaign("click", Pricing.CPC, 0.40, 0.80, 0.80, Targeting.ANY, List.of());
        Fixtures f = new Fixtures().add(click).add(cpm("imp", 1, Targeting.ANY));
        DecisionEngine engine = f.engine();
        assertThat(engine.decide(request("r1", "side", "u", true, null, "FR"))
                        .ads()
                        .get(0)
                        .candidate()
                        .campaignId())
                .isEqualTo("click");
        // two paid clicks spend the whole budget: nothing is left to pay for a third
        assertThat(engine.ledger().chargeUpTo(click, 800_000, Fixtures.NOON)).isEqualTo(800_000);
        Decision after = engine.decide(request("r2", "side", "u", true, null, "FR"));
        assertThat(after.candidates()).extracting(Candidate::campaignId).containsExactly("imp");
    }

    @Test
    void targetingAndConsent() {
        Fixtures f = new Fixtures()
                .add(cpm("fr", 5, Fixtures.geo("FR")))
                .add(cpm("gamer", 6, Fixtures.persona("gamer")))
                .add(cpm("ron", 1, Targeting.ANY));
        DecisionEngine e = f.engine();
        assertThat(e.decide(request("1", "side", "u", true, "gamer", "FR"))
                        .ads()
                        .get(0)
                        .candidate()
                        .campaignId())
                .isEqualTo("gamer");
        assertThat(e.decide(request("2", "side", "u", true, "cook", "DE"))
                        .ads()
                        .get(0)
                        .candidate()
                        .campaignId())
                .isEqualTo("ron");
        // no advertising consent: persona targeting is not used even when the persona is sent
        Decision noConsent = e.decide(request("3", "side", "u", false, "gamer", "FR"));
        assertThat(noConsent.personalised()).isFalse();
        assertThat(noConsent.userId()).isNull();
        assertThat(noConsent.candidates()).extracting(Candidate::campaignId).containsExactly("fr", "ron");
    }

    @Test
    void pausedExpiredAndUnknownAreNotServed() {
        Fixtures f = new Fixtures()
                .add(new Campaign(
                        "paused",
                        "adv",
                        "p",
                        Status.PAUSED,
                        Pricing.CPM,
                        9,
                        10,
                        10,
                        Fixtures.ALWAYS,
                        Targeting.ANY,
                        List.of()))
                .add(new Campaign(
                        "expired",
                        "adv",
                        "e",
                        Status.ACTIVE,
                        Pricing.CPM,
                        9,
                        10,
                        10,
                        new Schedule(
                                Instant.parse("2025-01-01T00:00:00Z"),
                                Instant.parse("2025-02-01T00:00:00Z"),
                                Schedule.ALL_HOURS),
                        Targeting.ANY,
                        List.of()))
                .add(cpm("live", 1, Targeting.ANY));
        DecisionEngine e = f.engine();
        assertThat(e.decide(request("1", "side", "u", true, null, "FR")).candidates())
                .extracting(Candidate::campaignId)
                .containsExactly("live");
        Decision unknown = e.decide(request("2", "nowhere", "u", true, null, "FR"));
        assertThat(unknown.problem().code()).isEqualTo("unknown_placement");
        assertThat(e.stats().snapshot()).containsEntry("unknown_placement", 1L).containsEntry("filled", 1L);
        assertThat(f.logged).hasSize(2);
    }

    @Test
    void reloadTakesEffectAtOnce() {
        Fixtures f = new Fixtures().add(cpm("a", 2, Targeting.ANY));
        DecisionEngine e = f.engine();
        assertThat(e.decide(request("1", "side", "u", true, null, "FR")).filled())
                .isTrue();
        f.campaigns.set(
                0,
                new Campaign(
                        "a",
                        "adv",
                        "a",
                        Status.PAUSED,
                        Pricing.CPM,
                        2,
                        1000,
                        1000,
                        Fixtures.ALWAYS,
                        Targeting.ANY,
                        List.of()));
        e.reload(f.catalog());
        assertThat(e.decide(request("2", "side", "u", true, null, "FR")).filled())
                .isFalse();
    }

    @Test
    void propensityOfThePoissonBinomialAbove() {
        Auction.AboveCounts a = new Auction.AboveCounts(3);
        a.add(0.5);
        a.add(0.2);
        assertThat(a.p[0]).isCloseTo(0.4, within(1e-12));
        assertThat(a.p[1]).isCloseTo(0.5 * 0.8 + 0.5 * 0.2, within(1e-12));
        assertThat(a.p[2]).isCloseTo(0.1, within(1e-12));
    }
}
