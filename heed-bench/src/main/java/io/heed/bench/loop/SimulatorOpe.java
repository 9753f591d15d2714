package io.heed.bench.loop;

import io.heed.experiments.ope.CellMeanRewardModel;
import io.heed.experiments.ope.Estimate;
import io.heed.experiments.ope.LoggedDecision;
import io.heed.experiments.ope.OffPolicyEstimators;
import io.heed.experiments.ope.RewardModel;
import io.heed.experiments.ope.TabularPolicy;
import io.heed.sim.Decision;
import io.heed.sim.Outcome;
import io.heed.sim.ServingStrategy;
import io.heed.sim.SimWorld;
import io.heed.sim.Visitor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;

/**
 * Off-policy evaluation on simulator logs: the baseline serves the world and logs (persona context, candidate
 * shown, click, propensity); the attention strategy's click rate is then estimated from those logs alone (IPS and
 * doubly robust with a persona × ad cell-mean reward model) and compared with its exact true value.
 */
public final class SimulatorOpe {
    private final SimWorld world;
    private final ServingStrategy logging;
    private final PersonaPolicy target;
    private final int[] candidates;
    private final Map<Integer, Integer> actionOfAd = new HashMap<>();
    private final List<String> personas;
    private final TabularPolicy targetPolicy;
    private final RewardModel trainedModel;

    public SimulatorOpe(
            SimWorld world, ServingStrategy logging, PersonaPolicy target, java.util.Collection<String> personaLabels) {
        this.world = world;
        this.logging = logging;
        this.target = target;
        this.candidates = world.candidates();
        for (int i = 0; i < candidates.length; i++) {
            actionOfAd.put(candidates[i], i);
        }
        personas = new ArrayList<>(new TreeSet<>(personaLabels));
        double[][] p = new double[personas.size() + 1][candidates.length];
        for (int c = 0; c <= personas.size(); c++) {
            Decision d = target.decideFor(c < personas.size() ? personas.get(c) : null);
            p[c][actionOfAd.get(d.ads()[0])] = 1;
        }
        targetPolicy = new TabularPolicy(p);
        trainedModel = (context, action) ->
                target.predict(context < personas.size() ? personas.get(context) : null, candidates[action]);
    }

    /**
     * IPS, DR with a cell-mean reward model fitted on the same logs, and DR with the click model trained on the
     * simulator's static logs (independent of these logs) as its reward model.
     */
    public record Result(Estimate ips, Estimate dr, Estimate drTrained, double trueValue) {
        public double drRelativeError() {
            return Math.abs(dr.value() - trueValue) / trueValue;
        }

        public double drTrainedRelativeError() {
            return Math.abs(drTrained.value() - trueValue) / trueValue;
        }
    }

    /** Logs {@code n} decisions of the logging strategy (seeded) and estimates the target's click rate. */
    public Result run(int n, long seed, double confidence, double trueValue) {
        List<LoggedDecision> logs = log(n, seed);
        CellMeanRewardModel model = CellMeanRewardModel.fit(logs, personas.size() + 1, candidates.length, 1.0);
        return new Result(
                OffPolicyEstimators.ips(logs, targetPolicy, confidence),
                OffPolicyEstimators.doublyRobust(logs, targetPolicy, model, confidence),
                OffPolicyEstimators.doublyRobust(logs, targetPolicy, trainedModel, confidence),
                trueValue);
    }

    List<LoggedDecision> log(int n, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        List<LoggedDecision> logs = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Visitor v = world.arrive(rng);
            Outcome o = world.serve(v, logging.decide(v), rng);
            String persona = target.personaOf(v);
            int context = persona == null ? personas.size() : personas.indexOf(persona);
            logs.add(new LoggedDecision(
                    context < 0 ? personas.size() : context,
                    actionOfAd.get(o.ad()),
                    o.click() ? 1 : 0,
                    o.propensity()));
        }
        return logs;
    }
}
