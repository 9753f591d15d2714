package io.heed.bench.loop;

import io.heed.ads.attention.PersonaAdCtrModel;
import io.heed.sim.AdSpec;
import io.heed.sim.Decision;
import io.heed.sim.Visitor;
import java.util.List;
import java.util.Map;

/**
 * A reference for tests (the loop's first attention strategy, before heed-ads' engine served it): the same
 * second-price auction written out by hand, which {@link AdsEngineStrategy} must reproduce while budgets do not
 * bind. The visitor's persona (from Heed's persona model), the predicted click rate of
 * every candidate ad for that persona, and a second-price auction on expected value per impression
 * ({@code cpc bid × predicted CTR}): the winner pays per click the runner-up's expected value divided by its own
 * predicted CTR (never more than its bid). Deterministic given the persona.
 */
final class AttentionAuctionStrategy implements PersonaPolicy {
    private final Map<String, String> personaOfUser;
    private final PersonaAdCtrModel model;
    private final List<AdSpec> ads;
    private final int[] candidates;
    /** The auction depends on the persona alone, so each persona's result is computed once. */
    private final java.util.concurrent.ConcurrentHashMap<String, Decision> byPersona =
            new java.util.concurrent.ConcurrentHashMap<>();

    private static final String NO_PERSONA = "\u0000none";

    public AttentionAuctionStrategy(
            Map<String, String> personaOfUser, PersonaAdCtrModel model, List<AdSpec> ads, int[] candidates) {
        if (candidates.length < 2) {
            throw new IllegalArgumentException("a second-price auction needs at least two candidate ads");
        }
        this.personaOfUser = personaOfUser;
        this.model = model;
        this.ads = List.copyOf(ads);
        this.candidates = candidates.clone();
    }

    @Override
    public String name() {
        return "attention auction";
    }

    @Override
    public String personaOf(Visitor v) {
        return personaOfUser.get(v.userId());
    }

    @Override
    public Decision decide(Visitor v) {
        return decideFor(personaOf(v));
    }

    /** The click model's prediction of an ad (by index) for a persona (null: none known). */
    @Override
    public double predict(String persona, int ad) {
        return model.predict(persona, ads.get(ad).id());
    }

    /** The auction for a persona (null: no persona known). */
    @Override
    public Decision decideFor(String persona) {
        return byPersona.computeIfAbsent(persona == null ? NO_PERSONA : persona, k -> auction(persona));
    }

    private Decision auction(String persona) {
        int best = -1;
        double bestValue = -1;
        double secondValue = 0;
        double bestCtr = 0;
        for (int a : candidates) {
            AdSpec s = ads.get(a);
            double ctr = model.predict(persona, s.id());
            double value = s.cpcBid() * ctr;
            if (value > bestValue) {
                secondValue = Math.max(bestValue, 0);
                best = a;
                bestValue = value;
                bestCtr = ctr;
            } else if (value > secondValue) {
                secondValue = value;
            }
        }
        double price = bestCtr > 0 ? Math.min(ads.get(best).cpcBid(), secondValue / bestCtr) : 0;
        return Decision.single(best, price);
    }
}
