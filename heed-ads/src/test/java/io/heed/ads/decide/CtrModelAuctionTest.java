package io.heed.ads.decide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.heed.ads.attention.CtrModelEstimator;
import io.heed.ads.attention.SmoothedCtrEstimator;
import io.heed.ads.model.Pricing;
import io.heed.ads.model.Targeting;
import io.heed.ctr.CalibrationMethod;
import io.heed.ctr.CtrExamples;
import io.heed.ctr.CtrModel;
import io.heed.ctr.CtrModels;
import io.heed.ctr.features.CtrRequest;
import io.heed.ctr.features.FeaturePipeline;
import io.heed.ctr.features.FeatureSpec;
import io.heed.ctr.ftrl.FtrlConfig;
import io.heed.ctr.ftrl.FtrlTrainer;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The auction's eCPM for CPC campaigns follows a real trained click model's pCTR, candidate by candidate. */
class CtrModelAuctionTest {
    private static final FeatureSpec SPEC = new FeatureSpec(
            12, List.of("user", "device", "placement", "position", "kind", "target", "category"), List.of(), List.of());

    /** FTRL on 20,000 seeded impressions: campaign "zeta" is clicked 8% of the time, "alpha" 1%. */
    private static CtrModel trainedModel() {
        SplittableRandom rnd = new SplittableRandom(5);
        FeaturePipeline pipeline = new FeaturePipeline(SPEC);
        CtrExamples.Builder b = new CtrExamples.Builder();
        for (int i = 0; i < 20_000; i++) {
            String target = rnd.nextBoolean() ? "zeta" : "alpha";
            double p = target.equals("zeta") ? 0.08 : 0.01;
            CtrRequest r = CtrRequest.builder()
                    .put("user", "u" + rnd.nextInt(100))
                    .put("device", "mobile")
                    .put("placement", "side")
                    .put("position", "0")
                    .put("kind", "ad")
                    .put("target", target)
                    .put("category", "news")
                    .build();
            b.add(pipeline.encode(r), rnd.nextDouble() < p ? 1f : 0f, i);
        }
        return CtrModels.train(
                new FtrlTrainer(FtrlConfig.defaults()), SPEC, b.build(), 0.2, CalibrationMethod.PLATT, "test", 5);
    }

    @Test
    void cpcEcpmIsBidTimesTheModelsClickProbability() {
        CtrModel model = trainedModel();
        Fixtures f = new Fixtures()
                .add(Fixtures.campaign("alpha", Pricing.CPC, 0.50, 1000, 1000, Targeting.ANY, List.of()))
                .add(Fixtures.campaign("zeta", Pricing.CPC, 0.50, 1000, 1000, Targeting.ANY, List.of()));
        DecisionEngine engine = f.engine(new CtrModelEstimator(model, SmoothedCtrEstimator.defaults()));

        Decision d = engine.decide(Fixtures.request("r1", "side", "u7", true, null, "FR"));

        assertThat(d.candidates()).hasSize(2);
        for (Candidate c : d.candidates()) {
            double pCtr = model.predict(CtrRequest.builder()
                    .put("user", "u7")
                    .put("device", "mobile")
                    .put("placement", "side")
                    .put("position", "0")
                    .put("kind", "ad")
                    .put("target", c.campaignId())
                    .put("category", "news")
                    .build());
            assertThat(c.pClick()).isEqualTo(pCtr);
            assertThat(c.ecpm()).isCloseTo(0.50 * 1000 * pCtr, within(1e-12));
        }
        Candidate zeta = d.candidates().stream()
                .filter(c -> c.campaignId().equals("zeta"))
                .findFirst()
                .orElseThrow();
        Candidate alpha = d.candidates().stream()
                .filter(c -> c.campaignId().equals("alpha"))
                .findFirst()
                .orElseThrow();
        assertThat(zeta.pClick()).isGreaterThan(3 * alpha.pClick()); // the model learnt the planted rates
        // equal bids: the smoothed prior would tie and the id order pick "alpha"; the model makes "zeta" win
        assertThat(d.ads()).extracting(a -> a.candidate().campaignId()).containsExactly("zeta");
        assertThat(d.ads().get(0).clearingEcpm()).isCloseTo(alpha.ecpm(), within(1e-12));
    }

    @Test
    void withoutConsentTheModelScoresWithoutTheUser() {
        CtrModel model = trainedModel();
        Fixtures f =
                new Fixtures().add(Fixtures.campaign("zeta", Pricing.CPC, 0.50, 1000, 1000, Targeting.ANY, List.of()));
        DecisionEngine engine = f.engine(new CtrModelEstimator(model, SmoothedCtrEstimator.defaults()));

        Decision d = engine.decide(Fixtures.request("r2", "side", "u7", false, null, "FR"));

        double anonymous = model.predict(CtrRequest.builder()
                .put("device", "mobile")
                .put("placement", "side")
                .put("position", "0")
                .put("kind", "ad")
                .put("target", "zeta")
                .put("category", "news")
                .build());
        assertThat(d.candidates().get(0).pClick()).isEqualTo(anonymous);
    }
}
