package io.heed.bench.loop;

import io.heed.sim.AdSpec;
import io.heed.sim.Decision;
import io.heed.sim.ServingStrategy;
import io.heed.sim.Visitor;
import java.util.List;

/**
 * The baseline: an ad drawn in proportion to its bid (as the simulator's own logging policy does), no user
 * knowledge, each click paying its bid. Every candidate keeps a positive propensity, so its logs support
 * off-policy evaluation of any other strategy.
 */
public final class BidWeightedRandomStrategy implements ServingStrategy {
    private final Decision decision;

    public BidWeightedRandomStrategy(List<AdSpec> ads, int[] candidates) {
        double[] p = new double[candidates.length];
        double[] price = new double[candidates.length];
        double sum = 0;
        for (int i = 0; i < candidates.length; i++) {
            price[i] = ads.get(candidates[i]).cpcBid();
            sum += price[i];
        }
        for (int i = 0; i < candidates.length; i++) {
            p[i] = price[i] / sum;
        }
        decision = new Decision(candidates, p, price);
    }

    @Override
    public String name() {
        return "bid-weighted random";
    }

    @Override
    public Decision decide(Visitor v) {
        return decision;
    }
}
