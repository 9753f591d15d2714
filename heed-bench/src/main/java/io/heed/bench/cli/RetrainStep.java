package io.heed.bench.cli;

import io.heed.ads.model.UserAdResponse;
import io.heed.bench.loop.AdsEngineStrategy;
import io.heed.bench.loop.ChallengerRetrain;
import io.heed.bench.loop.ClosedLoop;
import io.heed.experiments.promotion.PromotionDecision;
import io.heed.experiments.promotion.PromotionPolicy;
import io.heed.experiments.sql.SqlDecisionLog;
import io.heed.sim.SimConfig;
import io.heed.storage.HeedStore;
import java.io.PrintStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The closed loop's retrain and promotion step, shared by {@code heed demo} and {@code heed retrain}: a challenger
 * click model trained on the store's logs plus new feedback from the simulated world, both champion and challenger
 * (each served through heed-ads' engine) estimated off-policy (doubly robust) on the same fresh baseline logs, and
 * {@link PromotionPolicy} deciding; the decision and its evidence go to the store's promotion log.
 */
final class RetrainStep {
    private RetrainStep() {}

    static PromotionDecision run(
            HeedStore store, ClosedLoop loop, SimConfig cfg, int feedback, int opeLogs, PrintStream out) {
        List<UserAdResponse> all = new ArrayList<>(loop.logged());
        all.addAll(ChallengerRetrain.feedback(loop, feedback, cfg.seed() + 1));
        AdsEngineStrategy challenger =
                loop.attentionWith(ClosedLoop.train(all, loop.personaOfUser()), loop.personaOfUser());
        ChallengerRetrain.Result r = ChallengerRetrain.decide(
                loop,
                challenger,
                "persona-ctr@logs",
                "persona-ctr@logs+feedback",
                opeLogs,
                cfg.seed() + 2,
                new PromotionPolicy(new SqlDecisionLog(store, cfg.tenantId())),
                Instant.now());
        out.printf(
                "%nretrain: challenger click model on the logs + %,d new feedback impressions; doubly robust "
                        + "off-policy estimates on %,d fresh baseline logs%n",
                feedback, opeLogs);
        out.printf(
                Locale.ROOT,
                "    champion   CTR %.4f [%.4f, %.4f]  (true %.4f)%n",
                r.champion().dr().value(),
                r.champion().dr().ci().lower(),
                r.champion().dr().ci().upper(),
                r.champion().trueValue());
        out.printf(
                Locale.ROOT,
                "    challenger CTR %.4f [%.4f, %.4f]  (true %.4f)%n",
                r.challenger().dr().value(),
                r.challenger().dr().ci().lower(),
                r.challenger().dr().ci().upper(),
                r.challenger().trueValue());
        PromotionDecision d = r.decision();
        out.printf(
                "    decision: %s (%s); serving %s; logged in promotion_decisions (`heed experiment decisions`)%n",
                d.outcome(), d.reason(), d.serving());
        return d;
    }
}
