package io.heed.bench.loop;

import io.heed.ads.attention.PersonaAdCtrModel;
import io.heed.ads.model.UserAdResponse;
import io.heed.ads.sql.SqlAdResponses;
import io.heed.events.ingest.IngestFormat;
import io.heed.events.ingest.ProgressListener;
import io.heed.events.sql.Cleaner;
import io.heed.events.sql.CleaningConfig;
import io.heed.events.sql.EventStore;
import io.heed.events.sql.MappingOptions;
import io.heed.events.validate.ValidationPolicy;
import io.heed.profiles.ProfileMatrix;
import io.heed.profiles.persona.PersonaClusterer;
import io.heed.profiles.persona.PersonaConfig;
import io.heed.profiles.sql.SqlProfileFeatures;
import io.heed.sim.SimConfig;
import io.heed.sim.SimWorld;
import io.heed.sim.Simulator;
import io.heed.storage.HeedStore;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The closed loop assembled: the simulator's logs in a store, personas learned from them, a persona × ad click
 * model trained on them, and the two strategies over the {@link SimWorld} of the same configuration: the
 * attention-driven one served by heed-ads' decision engine ({@link AdsEngineStrategy}) and the bid-weighted random
 * baseline.
 */
public record ClosedLoop(
        SimWorld world,
        Map<String, String> personaOfUser,
        List<UserAdResponse> logged,
        PersonaAdCtrModel model,
        AdsEngineStrategy attention,
        BidWeightedRandomStrategy baseline) {
    /** Prior strengths of the click model (impressions' worth): persona × ad toward ad, ad toward global. */
    static final double PERSONA_STRENGTH = 20;

    static final double AD_STRENGTH = 50;
    /**
     * Each feed ad's campaign budget (total and daily, currency units): ample for the loop's traffic (a campaign
     * would need about 100,000 clicks at its bid to spend it), so budgets never change a decision and the strategy's
     * true value stays exact. {@link AdsEngineStrategyTest} checks that budgets bind when they are small.
     */
    public static final double CAMPAIGN_BUDGET = 1_000_000;
    /** The engine's simulated clock: arrivals one second apart from the experiments' start. */
    static final Instant CLOCK_START = Instant.parse("2026-10-15T00:00:00Z");

    /** From a store that already holds the configuration's logs, with persona labels per user. */
    public static ClosedLoop fromStore(SimConfig cfg, HeedStore store, Map<String, String> personaOfUser) {
        SimWorld world = SimWorld.create(cfg);
        List<UserAdResponse> logged = new SqlAdResponses(store).byUserAndAd(cfg.tenantId());
        PersonaAdCtrModel model = train(logged, personaOfUser);
        return new ClosedLoop(
                world,
                Map.copyOf(personaOfUser),
                List.copyOf(logged),
                model,
                engineStrategy(world, model, personaOfUser),
                new BidWeightedRandomStrategy(world.ads(), world.candidates()));
    }

    /** The click model with the loop's prior strengths. */
    public static PersonaAdCtrModel train(List<UserAdResponse> logs, Map<String, String> personaOfUser) {
        return PersonaAdCtrModel.fit(logs, personaOfUser, PERSONA_STRENGTH, AD_STRENGTH);
    }

    /** The attention strategy over this loop's world with another click model (a challenger). */
    public AdsEngineStrategy attentionWith(PersonaAdCtrModel m, Map<String, String> personas) {
        return engineStrategy(world, m, personas);
    }

    private static AdsEngineStrategy engineStrategy(SimWorld world, PersonaAdCtrModel m, Map<String, String> personas) {
        return new AdsEngineStrategy(
                personas, m, world.ads(), world.candidates(), CAMPAIGN_BUDGET, CAMPAIGN_BUDGET, CLOCK_START, 1000);
    }

    /** Simulates the configuration into {@code dir}, ingests and cleans it, learns k-means personas, trains. */
    public static ClosedLoop build(SimConfig cfg, Path dir) throws IOException {
        new Simulator(cfg).run(dir.resolve("sim"), n -> {});
        try (HeedStore store = HeedStore.openEmbedded(dir.resolve("data"))) {
            ValidationPolicy policy = ValidationPolicy.defaults().withDefaultTenant(cfg.tenantId());
            for (Object[] f : new Object[][] {
                {"items.csv", IngestFormat.ITEMS_CSV},
                {"users.csv", IngestFormat.USERS_CSV},
                {"ads.csv", IngestFormat.ADS_CSV},
                {"events.csv", IngestFormat.EVENTS_CSV}
            }) {
                EventStore.of(store)
                        .ingestFile(
                                dir.resolve("sim").resolve((String) f[0]),
                                (IngestFormat) f[1],
                                policy,
                                MappingOptions.defaults(),
                                ProgressListener.NONE);
            }
            new Cleaner(store).clean(CleaningConfig.defaults());
            SqlProfileFeatures src = new SqlProfileFeatures(store, cfg.tenantId());
            ProfileMatrix m = src.compute();
            PersonaClusterer.Fit fit = new PersonaClusterer(PersonaConfig.fixedK(cfg.personas(), cfg.seed())
                            .withFeaturePrefixes(PersonaConfig.DEFAULT_FEATURES))
                    .fit(m, src.dataWindow());
            Map<String, String> labels = new HashMap<>();
            for (int i = 0; i < m.rows(); i++) {
                labels.put(m.userIds().get(i), "persona-" + fit.labels()[i]);
            }
            return fromStore(cfg, store, labels);
        }
    }
}
