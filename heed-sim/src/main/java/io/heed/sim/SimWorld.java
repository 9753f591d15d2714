package io.heed.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The closed-loop publisher: the same personas, catalog, ads and users as {@link Simulator} builds from the same
 * configuration (the random streams are split in the same order), so models trained on the simulator's logs
 * apply here. Users arrive in proportion to their activity at one ad slot (the feed's native slot, position 2);
 * a {@link ServingStrategy} picks the ad; the world answers with a click drawn from the TRUE click probability of
 * the attention model and, after a click, a conversion from the true conversion probability. Exposure fatigue is
 * left out here, so a strategy's value does not depend on the order of arrivals and can be computed exactly:
 * {@link #trueValue} sums over every user (weighted by arrival probability) and every candidate ad.
 */
public final class SimWorld {
    /** The loop's advertisers pay per click: their CPM bid over 10 (what they would pay per mille at 1% CTR). */
    public static final double CPC_PER_CPM = 0.1;

    private static final int POSITION = 2;

    private final List<Persona> personas;
    private final Catalog catalog;
    private final AdInventory inventory;
    private final UserPopulation population;
    private final AttentionModel model;
    private final List<AdSpec> ads;
    private final int[] candidates;
    private final double[] arrivalWeight;
    private final Sampling.Table arrivals;

    private SimWorld(SimConfig cfg) {
        SplittableRandom root = new SplittableRandom(cfg.seed());
        SplittableRandom personaRng = root.split();
        SplittableRandom catalogRng = root.split();
        SplittableRandom adRng = root.split();
        SplittableRandom userRng = root.split();
        personas = Personas.plant(cfg.personas(), personaRng);
        catalog = Catalog.generate(cfg.items(), catalogRng);
        inventory = AdInventory.generate(cfg.advertisers(), cfg.ads(), catalog, adRng);
        population = UserPopulation.generate(cfg, personas, userRng);
        model = new AttentionModel(AttentionParams.defaults(), catalog);
        ads = new ArrayList<>();
        List<Integer> cand = new ArrayList<>();
        for (Ad a : inventory.ads()) {
            ads.add(new AdSpec(
                    a.index(),
                    a.id(),
                    a.campaignId(),
                    a.category().name().toLowerCase(java.util.Locale.ROOT),
                    a.format().wire,
                    a.bidCpm(),
                    a.bidCpm() * CPC_PER_CPM,
                    catalog.get(a.landingItem()).id()));
            if (a.format() == AdFormat.NATIVE) {
                cand.add(a.index());
            }
        }
        candidates = cand.stream().mapToInt(Integer::intValue).toArray();
        if (candidates.length == 0) {
            throw new IllegalArgumentException("the inventory has no native ad for the loop's feed slot; use more ads");
        }
        int humans = population.humans();
        arrivalWeight = new double[humans];
        int[] ids = new int[humans];
        double total = 0;
        for (int u = 0; u < humans; u++) {
            ids[u] = u;
            arrivalWeight[u] = population.user(u).activity();
            total += arrivalWeight[u];
        }
        for (int u = 0; u < humans; u++) {
            arrivalWeight[u] /= total;
        }
        arrivals = new Sampling.Table(ids, arrivalWeight);
    }

    /** The world of a configuration (deterministic in its seed). */
    public static SimWorld create(SimConfig cfg) {
        return new SimWorld(cfg);
    }

    public List<AdSpec> ads() {
        return List.copyOf(ads);
    }

    /** Indices of the ads eligible at the loop's slot (native ads). */
    public int[] candidates() {
        return candidates.clone();
    }

    public int users() {
        return arrivalWeight.length;
    }

    /** The next arrival: a human user drawn in proportion to activity. */
    public Visitor arrive(SplittableRandom rng) {
        return visitor(arrivals.sample(rng));
    }

    private Visitor visitor(int u) {
        SimUser user = population.user(u);
        return new Visitor(u, user.id(), user.geo().name(), Placement.HOME_FEED.wire, POSITION);
    }

    /** The TRUE click probability of an ad for a visitor (what the simulator would sample from). */
    public double trueCtr(Visitor v, int ad) {
        SimUser u = population.user(v.userIndex());
        return model.adClick(u, personas.get(u.persona()), inventory.get(ad), v.position(), 0);
    }

    /** The TRUE probability that a click on the ad converts. */
    public double trueConvert(Visitor v, int ad) {
        SimUser u = population.user(v.userIndex());
        return model.adConvert(u, personas.get(u.persona()), inventory.get(ad));
    }

    /** Shows what the decision samples and draws the visitor's response. */
    public Outcome serve(Visitor v, Decision d, SplittableRandom rng) {
        int k = 0;
        double x = rng.nextDouble();
        double acc = d.probabilities()[0];
        while (x >= acc && k < d.ads().length - 1) {
            acc += d.probabilities()[++k];
        }
        int ad = d.ads()[k];
        boolean click = rng.nextDouble() < trueCtr(v, ad);
        boolean conv = click && rng.nextDouble() < trueConvert(v, ad);
        return new Outcome(
                ad,
                d.probabilities()[k],
                click,
                conv,
                click ? d.pricePerClick()[k] : 0,
                conv ? catalog.get(inventory.get(ad).landingItem()).price() : 0);
    }

    /** The expected click rate and revenue of one decision for one visitor, under the true probabilities. */
    public PolicyValue expected(Visitor v, Decision d) {
        double ctr = 0;
        double rev = 0;
        for (int i = 0; i < d.ads().length; i++) {
            double c = d.probabilities()[i] * trueCtr(v, d.ads()[i]);
            ctr += c;
            rev += c * d.pricePerClick()[i];
        }
        return new PolicyValue(ctr, rev);
    }

    /**
     * A strategy's TRUE value per impression over the arrival distribution: exact, a weighted sum over every user
     * and every ad the strategy may show (strategies must decide from the visitor alone).
     */
    public PolicyValue trueValue(ServingStrategy s) {
        return trueValue(s, id -> true);
    }

    /** The same over the arrivals of the users whose id passes {@code users} (e.g. an experiment's targeting). */
    public PolicyValue trueValue(ServingStrategy s, java.util.function.Predicate<String> users) {
        double ctr = 0;
        double rev = 0;
        double weight = 0;
        for (int u = 0; u < arrivalWeight.length; u++) {
            Visitor v = visitor(u);
            if (!users.test(v.userId())) {
                continue;
            }
            PolicyValue e = expected(v, s.decide(v));
            ctr += arrivalWeight[u] * e.ctr();
            rev += arrivalWeight[u] * e.revenuePerImpression();
            weight += arrivalWeight[u];
        }
        if (weight == 0) {
            throw new IllegalArgumentException("no user passes the filter: the true value is undefined");
        }
        return new PolicyValue(ctr / weight, rev / weight);
    }
}
