package io.heed.ads.decide;

import static org.assertj.core.api.Assertions.assertThat;

import io.heed.ads.attention.SmoothedCtrEstimator;
import io.heed.ads.model.AdCatalog;
import io.heed.ads.model.AdFormat;
import io.heed.ads.model.Advertiser;
import io.heed.ads.model.Campaign;
import io.heed.ads.model.Creative;
import io.heed.ads.model.FrequencyCap;
import io.heed.ads.model.Placement;
import io.heed.ads.model.Pricing;
import io.heed.ads.model.Schedule;
import io.heed.ads.model.Status;
import io.heed.ads.model.Targeting;
import io.heed.ads.port.AttentionEstimator;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden comparison: the engine (index, columns, candidate table, partial ranking) decides exactly as the plain
 * {@link ReferenceDecisions} over a generated catalog with every filter in play — paused campaigns, advertisers
 * and creatives, schedules with hour masks, sizes, small budgets that run out, frequency caps, floors, consent,
 * pacing throttles below 1 — and thousands of requests across two days: the same winners, prices, charges,
 * propensities, and the same candidates with the same scores, throttles and draws.
 */
class GoldenDecisionsTest {
    private static final String[] PERSONAS = {"gamer", "cook", "tech", "style"};
    private static final String[] SEGMENTS = {"auto", "finance", "travel"};
    private static final String[] CONTEXTS = {"news", "sports", "gaming", "food"};
    private static final String[] GEOS = {"FR", "DE", "US"};
    private static final String[] DEVICES = {"mobile", "desktop", "tablet"};
    private static final long DAY0 = Instant.parse("2026-10-01T00:00:00Z").toEpochMilli();

    static Stream<Arguments> estimators() {
        SmoothedCtrEstimator smoothed = SmoothedCtrEstimator.defaults();
        SplittableRandom rng = new SplittableRandom(5);
        for (int i = 0; i < 3_000; i++) { // observed rates that differ by campaign and persona
            String c = String.format("c%03d", rng.nextInt(300));
            String p = rng.nextBoolean() ? PERSONAS[rng.nextInt(PERSONAS.length)] : null;
            smoothed.impression(c, p);
            if (rng.nextInt(20) == 0) {
                smoothed.click(c, p);
                if (rng.nextInt(5) == 0) {
                    smoothed.conversion(c, p);
                }
            }
        }
        // an estimator with only estimate(Query): the port's default batch path
        AttentionEstimator hashed = q -> new AttentionEstimator.Attention(
                (Math.floorMod((q.campaignId() + q.persona() + q.context()).hashCode(), 1000) + 1) / 50_000.0,
                (Math.floorMod((q.creativeId() + q.device()).hashCode(), 1000) + 1) / 10_000.0);
        return Stream.of(Arguments.of("smoothed", smoothed), Arguments.of("estimate-only", hashed));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("estimators")
    void theEngineDecidesAsTheReference(String name, AttentionEstimator attention) {
        AdCatalog catalog = catalog(new SplittableRandom(11), 300);
        List<Decision> logged = new ArrayList<>();
        BudgetLedger ledger = new BudgetLedger();
        DecisionEngine engine =
                new DecisionEngine(attention, ledger, new FrequencyCapper(), Pacer.defaults(ledger), 42, logged::add);
        engine.reload(catalog);
        ReferenceDecisions reference = new ReferenceDecisions(catalog, attention, 42);
        SplittableRandom rng = new SplittableRandom(13);
        int filled = 0;
        int throttled = 0;
        long now = DAY0 + 3_600_000L; // early in the day: small budgets run ahead of even delivery
        for (int n = 0; n < 4_000; n++) {
            now += rng.nextInt(12_000);
            DecisionRequest r = request(rng, "r" + n, now);
            Decision d = engine.decide(r);
            ReferenceDecisions.Result expected = reference.decide(r);
            if (expected == null) {
                assertThat(d.problem().code()).isEqualTo("unknown_placement");
                continue;
            }
            assertThat(d.ads()).as("winners of %s", r).isEqualTo(expected.ads());
            List<Candidate> ranked = new ArrayList<>(d.candidates());
            ranked.sort(ReferenceDecisions.RANKING);
            assertThat(ranked).as("candidates of %s", r).isEqualTo(expected.ranked());
            // the list's ranked prefix (as far as the auction went) is the reference's order
            int prefix = Math.min(d.candidates().size(), Math.max(1, d.ads().size()));
            assertThat(d.candidates().subList(0, prefix))
                    .isEqualTo(expected.ranked().subList(0, prefix));
            // the log gets the best candidates in rank order, and the count of all
            Decision log = logged.get(logged.size() - 1);
            assertThat(log.candidates())
                    .isEqualTo(expected.ranked()
                            .subList(
                                    0,
                                    Math.min(
                                            Decision.LOGGED_CANDIDATES,
                                            expected.ranked().size())));
            assertThat(log.candidateCount()).isEqualTo(expected.ranked().size());
            assertThat(log.ads()).isEqualTo(d.ads());
            filled += d.filled() ? 1 : 0;
            throttled +=
                    (int) d.candidates().stream().filter(c -> !c.participated()).count();
        }
        assertThat(logged).hasSize(4_000);
        // the comparison covered what it claims to: fills, pacing draws that said no, exhausted budgets
        assertThat(filled).isGreaterThan(1_000);
        assertThat(throttled).as("pacing draws that kept a candidate out").isGreaterThan(100);
        assertThat(engine.stats().snapshot().get("requests")).isEqualTo(4_000L);
        long end = now;
        long spentOut = catalog.campaigns().stream()
                .filter(c -> BudgetLedger.exhausted(ledger.handle(c.id()), c, end, 5_000))
                .count();
        assertThat(spentOut).as("campaigns whose budget ran out").isGreaterThan(5);
    }

    private static DecisionRequest request(SplittableRandom rng, String id, long now) {
        String[] placements = {"feed", "side", "top", "nowhere"};
        String placement = placements[rng.nextInt(10) == 0 ? 3 : rng.nextInt(3)];
        boolean sized = placement.equals("side") && rng.nextInt(4) == 0;
        // the draws in the order the golden file was made with: each setter's argument is drawn as it is called
        return DecisionRequest.builder()
                .requestId(id)
                .placement(placement)
                .user(rng.nextInt(10) == 0 ? null : "u" + rng.nextInt(40))
                .consent(rng.nextInt(5) != 0)
                .persona(rng.nextInt(6) == 0 ? null : PERSONAS[rng.nextInt(PERSONAS.length)])
                .segments(rng.nextBoolean() ? Set.of() : Set.of(SEGMENTS[rng.nextInt(SEGMENTS.length)]))
                .context(maybe(rng, CONTEXTS))
                .geo(maybe(rng, GEOS))
                .device(maybe(rng, DEVICES))
                .timestampMillis(now)
                .maxAds(rng.nextInt(4))
                .floorCpm(rng.nextInt(5) == 0 ? rng.nextDouble() * 3 : 0)
                .slotSize(sized ? 728 : 0, sized ? 90 : 0)
                .build();
    }

    private static String maybe(SplittableRandom rng, String[] values) {
        return rng.nextInt(8) == 0 ? null : values[rng.nextInt(values.length)];
    }

    static AdCatalog catalog(SplittableRandom rng, int campaigns) {
        List<Advertiser> advertisers = new ArrayList<>();
        for (int a = 0; a < 20; a++) {
            advertisers.add(new Advertiser("adv" + a, "Adv " + a, a == 3 ? Status.PAUSED : Status.ACTIVE));
        }
        List<Campaign> cs = new ArrayList<>();
        List<Creative> crs = new ArrayList<>();
        for (int i = 0; i < campaigns; i++) {
            Pricing p = Pricing.values()[rng.nextInt(3)];
            double bid = p == Pricing.CPM
                    ? 0.2 + 4 * rng.nextDouble()
                    : p == Pricing.CPC ? 0.05 + rng.nextDouble() : 1 + 20 * rng.nextDouble();
            double total = rng.nextBoolean() ? 0.003 + rng.nextDouble() / 50 : 50; // a few impressions, or plenty
            long start = DAY0 - 86_400_000L + rng.nextInt(3) * 40_000_000L;
            int hours = rng.nextInt(4) == 0 ? 1 + rng.nextInt(Schedule.ALL_HOURS) : Schedule.ALL_HOURS;
            Schedule s = new Schedule(
                    Instant.ofEpochMilli(start),
                    Instant.ofEpochMilli(start + (1 + rng.nextInt(4)) * 86_400_000L),
                    hours);
            Targeting t = new Targeting(
                    pick(rng, PERSONAS, 0.5),
                    pick(rng, SEGMENTS, 0.2),
                    pick(rng, CONTEXTS, 0.4),
                    pick(rng, GEOS, 0.4),
                    pick(rng, DEVICES, 0.3));
            List<FrequencyCap> caps = rng.nextInt(3) == 0
                    ? List.of(new FrequencyCap(1 + rng.nextInt(3), Duration.ofMinutes(10 + rng.nextInt(120))))
                    : List.of();
            String id = String.format("c%03d", i);
            cs.add(new Campaign(
                    id,
                    "adv" + rng.nextInt(20),
                    id,
                    rng.nextInt(15) == 0 ? Status.PAUSED : Status.ACTIVE,
                    p,
                    Math.round(bid * 100) / 100.0,
                    total,
                    total * (0.3 + 0.7 * rng.nextDouble()),
                    s,
                    t,
                    caps));
            int n = 1 + rng.nextInt(3);
            for (int k = 0; k < n; k++) {
                int kind = rng.nextInt(4);
                AdFormat f = kind == 0 ? AdFormat.NATIVE : AdFormat.BANNER;
                int w = kind == 1 ? 300 : kind == 2 ? 728 : 0;
                int h = kind == 1 ? 250 : kind == 2 ? 90 : 0;
                // quality on a coarse grid, so that creatives of one campaign tie and the id decides
                crs.add(new Creative(
                        id + "-" + k,
                        id,
                        f,
                        w,
                        h,
                        "https://example.com/" + id,
                        null,
                        rng.nextInt(8) == 0 ? Status.PAUSED : Status.ACTIVE,
                        0.5 + rng.nextInt(3) * 0.25));
            }
        }
        List<Placement> placements = List.of(
                new Placement("feed", AdFormat.NATIVE, 0, 0, 2, 0.2),
                new Placement("side", AdFormat.BANNER, 300, 250, 1, 0.0),
                new Placement("top", AdFormat.BANNER, 728, 90, 3, 0.5));
        return new AdCatalog(advertisers, cs, crs, placements);
    }

    private static Set<String> pick(SplittableRandom rng, String[] values, double restrict) {
        Set<String> out = new HashSet<>();
        if (rng.nextDouble() < restrict) {
            int n = 1 + rng.nextInt(2);
            while (out.size() < n) {
                out.add(values[rng.nextInt(values.length)]);
            }
        }
        return out;
    }
}
