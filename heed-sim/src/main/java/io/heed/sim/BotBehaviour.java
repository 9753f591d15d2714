package io.heed.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.LongSupplier;

/**
 * The injected click bots: each bot account fires bursts of impression+click pairs a couple of hundred
 * milliseconds apart (about 300 clicks a minute, mostly on ads), something no human does. Their impressions carry
 * {@code p_click = 1} and {@code p_convert = 0} in the truth: they do not follow the attention model.
 */
final class BotBehaviour {
    /** Each bot writes at least this many events so it is visible even in small runs. */
    static final int MIN_EVENTS_PER_BOT = 300;

    static final double EVENT_SHARE_PER_BOT = 0.0015;
    private static final int CYCLES_PER_BURST = 200;
    private static final int MAX_BURSTS = 6;
    private static final double AD_SHARE = 0.7;
    /** Bursts start two hours before midnight at the latest, room for ~27,000 cycles (runs up to ~200M events). */
    private static final long BURST_MARGIN_MS = 2 * 3_600_000L;

    private record Burst(int user, int day, long startMillis, int cycles) {}

    private final List<Burst> bursts = new ArrayList<>();
    private final UserPopulation population;
    private final Catalog catalog;
    private final AdInventory ads;
    private final SplittableRandom rng;
    private long planned;

    BotBehaviour(SimConfig cfg, UserPopulation population, Catalog catalog, AdInventory ads, SplittableRandom rng) {
        this.population = population;
        this.catalog = catalog;
        this.ads = ads;
        this.rng = rng;
        long perBot = Math.max(MIN_EVENTS_PER_BOT, Math.round(cfg.targetEvents() * EVENT_SHARE_PER_BOT));
        int cycles = (int) (perBot / 2);
        int burstCount = (int) Sampling.clamp(cycles / CYCLES_PER_BURST, 1, MAX_BURSTS);
        for (int b = population.humans(); b < population.users().size(); b++) {
            for (int k = 0; k < burstCount; k++) {
                int burstCycles = cycles / burstCount + (k < cycles % burstCount ? 1 : 0);
                int day = rng.nextInt(cfg.days());
                long start = cfg.start().toEpochMilli()
                        + day * SessionScheduler.DAY_MS
                        + (long) (rng.nextDouble() * (SessionScheduler.DAY_MS - BURST_MARGIN_MS));
                bursts.add(new Burst(b, day, start, burstCycles));
                planned += 2L * burstCycles;
            }
        }
    }

    /** Events the bots will write over the whole run. */
    long plannedEvents() {
        return planned;
    }

    /** Emits the bursts scheduled on {@code day}; returns the number of bot sessions (one per burst). */
    int emitDay(int day, EventSink sink, LongSupplier sessionIds) {
        int sessions = 0;
        for (Burst burst : bursts) {
            if (burst.day() == day) {
                emitBurst(burst, sink, sessionIds.getAsLong());
                sessions++;
            }
        }
        return sessions;
    }

    private void emitBurst(Burst burst, EventSink sink, long session) {
        SimUser bot = population.user(burst.user());
        int device = bot.devices()[0];
        long t = burst.startMillis();
        for (int c = 0; c < burst.cycles(); c++) {
            int ad = Sampling.chance(rng, AD_SHARE) ? ads.choose(AdFormat.NATIVE, -1, rng) : -1;
            int item = ad >= 0 ? -1 : catalog.samplePopular(rng);
            int position = rng.nextInt(SessionSimulator.FEED_SLOTS);
            int page = 1 + c / SessionSimulator.FEED_SLOTS;
            sink.emit(new SimEvent(
                    t,
                    EventType.IMPRESSION,
                    bot.index(),
                    device,
                    true,
                    item,
                    ad,
                    Double.NaN,
                    Placement.HOME_FEED,
                    position,
                    session,
                    SimEvent.Page.FEED,
                    page,
                    1.0,
                    0.0));
            sink.emit(new SimEvent(
                    t + 40 + rng.nextInt(100),
                    EventType.CLICK,
                    bot.index(),
                    device,
                    true,
                    item,
                    ad,
                    Double.NaN,
                    Placement.HOME_FEED,
                    position,
                    session,
                    SimEvent.Page.FEED,
                    page,
                    Double.NaN,
                    Double.NaN));
            t += 120 + rng.nextInt(140);
        }
    }
}
