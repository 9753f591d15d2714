package io.heed.bench.loop;

import io.heed.ads.model.UserAdResponse;
import io.heed.experiments.promotion.Evidence;
import io.heed.experiments.promotion.PromotionDecision;
import io.heed.experiments.promotion.PromotionPolicy;
import io.heed.sim.Outcome;
import io.heed.sim.SimWorld;
import io.heed.sim.Visitor;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The scheduled retrain of the closed loop: new feedback (the baseline's impressions and clicks in the world) is
 * added to the logs, a challenger click model is trained on them, and champion and challenger strategies are both
 * evaluated off-policy (doubly robust) on the same fresh baseline logs; {@link PromotionPolicy} promotes the
 * challenger only when its CI lower bound lies above the champion's value, and logs the decision.
 */
public final class ChallengerRetrain {
    private ChallengerRetrain() {}

    public record Result(
            PromotionDecision decision,
            SimulatorOpe.Result champion,
            SimulatorOpe.Result challenger,
            PersonaPolicy challengerStrategy) {}

    /** Feedback as the store would aggregate it: impressions and clicks per user and ad of {@code n} arrivals. */
    public static List<UserAdResponse> feedback(ClosedLoop loop, int n, long seed) {
        SimWorld w = loop.world();
        SplittableRandom rng = new SplittableRandom(seed);
        Map<String, long[]> counts = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Visitor v = w.arrive(rng);
            Outcome o = w.serve(v, loop.baseline().decide(v), rng);
            long[] c = counts.computeIfAbsent(
                    v.userId() + '\u0000' + w.ads().get(o.ad()).id(), k -> new long[2]);
            c[0]++;
            c[1] += o.click() ? 1 : 0;
        }
        List<UserAdResponse> out = new ArrayList<>(counts.size());
        counts.forEach((k, c) -> {
            int sep = k.indexOf('\u0000');
            out.add(new UserAdResponse(k.substring(0, sep), k.substring(sep + 1), c[0], c[1]));
        });
        return out;
    }

    /** Evaluates a challenger strategy against the loop's champion and decides. */
    public static Result decide(
            ClosedLoop loop,
            PersonaPolicy challenger,
            String championName,
            String challengerName,
            int logs,
            long seed,
            PromotionPolicy policy,
            Instant at) {
        double champTrue = loop.world().trueValue(loop.attention()).ctr();
        double challTrue = loop.world().trueValue(challenger).ctr();
        SimulatorOpe.Result ch = new SimulatorOpe(
                        loop.world(),
                        loop.baseline(),
                        loop.attention(),
                        loop.personaOfUser().values())
                .run(logs, seed, 0.95, champTrue);
        SimulatorOpe.Result cl = new SimulatorOpe(
                        loop.world(),
                        loop.baseline(),
                        challenger,
                        loop.personaOfUser().values())
                .run(logs, seed, 0.95, challTrue);
        PromotionDecision d = policy.decide(
                championName,
                challengerName,
                new Evidence.OffPolicy(logs + " simulated baseline logs (click rate)", ch.dr(), cl.dr()),
                at);
        return new Result(d, ch, cl, challenger);
    }
}
