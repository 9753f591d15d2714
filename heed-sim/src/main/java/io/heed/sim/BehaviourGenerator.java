package io.heed.sim;

import java.io.IOException;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.LongSupplier;

/**
 * Runs the simulated time in five-minute steps and steers the volume to the configured number of events. A pilot
 * of {@value #PILOT_SESSIONS} throw-away sessions estimates events per session; each step then gets the sessions
 * that keep the remaining target on track (split over the remaining steps by their expected traffic), with the
 * estimate refreshed from the sessions already played. Fine steps leave only the last step's noise in the total.
 * Bots run once per day, and the day's events are written when the day is done.
 */
final class BehaviourGenerator {
    static final int PILOT_SESSIONS = 2_000;
    /** Steering steps per hour: the last step's noise is all that is left in the total. */
    static final int STEPS_PER_HOUR = 12;

    private static final long STEP_MS = SessionScheduler.HOUR_MS / STEPS_PER_HOUR;
    /** Weight of the pilot's estimate, in sessions, against the sessions already played. */
    private static final int PRIOR_SESSIONS = 200;

    /** What the run produced, before duplicates were injected. */
    record Stats(long sessions, long humanEvents, long botEvents, long droppedAfterEnd) {}

    private final SimConfig cfg;
    private final List<Persona> personas;
    private final UserPopulation population;
    private final Catalog catalog;
    private final AdInventory ads;
    private final AttentionModel model;
    private final SplittableRandom rng;

    BehaviourGenerator(
            SimConfig cfg,
            List<Persona> personas,
            UserPopulation population,
            Catalog catalog,
            AdInventory ads,
            AttentionModel model,
            SplittableRandom rng) {
        this.cfg = cfg;
        this.personas = personas;
        this.population = population;
        this.catalog = catalog;
        this.ads = ads;
        this.model = model;
        this.rng = rng;
    }

    Stats run(EventOutput out) throws IOException {
        SessionScheduler scheduler = new SessionScheduler(cfg, population, personas);
        BotBehaviour bots = new BotBehaviour(cfg, population, catalog, ads, rng.split());
        double pilotPerSession = pilot(scheduler, rng.split());
        long[] sessionCounter = {0};
        LongSupplier sessionIds = () -> ++sessionCounter[0];
        SessionSimulator sim = new SessionSimulator(
                personas, population, catalog, ads, model, cfg.start().toEpochMilli(), sessionIds, rng.split());
        TimeOrderedBuffer buffer = new TimeOrderedBuffer(cfg.end().toEpochMilli());

        // The writer repeats ~DUPLICATE_RATE of the lines, and the bots' volume is fixed: humans fill the rest.
        long humanTarget = Math.round(cfg.targetEvents() / (1 + CsvEventWriter.DUPLICATE_RATE)) - bots.plannedEvents();
        double remainingWeight = 0;
        for (int d = 0; d < cfg.days(); d++) {
            for (int h = 0; h < 24; h++) {
                remainingWeight += scheduler.hourWeight(d, h);
            }
        }
        long humanEvents = 0;
        long humanSessions = 0;
        long botEvents = 0;
        for (int day = 0; day < cfg.days(); day++) {
            for (int hour = 0; hour < 24; hour++) {
                double stepWeight = scheduler.hourWeight(day, hour) / STEPS_PER_HOUR;
                for (int step = 0; step < STEPS_PER_HOUR; step++) {
                    double share = Math.min(1, stepWeight / remainingWeight);
                    double wanted = Math.max(0, humanTarget - humanEvents) * share;
                    remainingWeight -= stepWeight;
                    // The pilot acts as a prior worth PRIOR_SESSIONS sessions; played sessions take over.
                    double perSession =
                            (humanEvents + pilotPerSession * PRIOR_SESSIONS) / (humanSessions + PRIOR_SESSIONS);
                    int sessions = (int) Math.round(wanted / perSession);
                    long from = scheduler.hourStart(day, hour) + step * STEP_MS;
                    long before = buffer.accepted();
                    for (SessionScheduler.Planned p : scheduler.plan(day, hour, from, STEP_MS, sessions, rng)) {
                        sim.run(population.user(p.user()), p.startMillis(), buffer);
                    }
                    humanEvents += buffer.accepted() - before;
                    humanSessions += sessions;
                }
            }
            long before = buffer.accepted();
            bots.emitDay(day, buffer, sessionIds);
            botEvents += buffer.accepted() - before;

            long dayEnd = scheduler.hourStart(day + 1, 0);
            buffer.flushBefore(dayEnd, out);
            sim.pruneMemory(dayEnd);
        }
        buffer.flushAll(out);
        return new Stats(sessionCounter[0], humanEvents, botEvents, buffer.dropped());
    }

    /** Events per session, measured on throw-away sessions with their own state and random stream. */
    private double pilot(SessionScheduler scheduler, SplittableRandom pilotRng) {
        SessionSimulator pilot = new SessionSimulator(
                personas, population, catalog, ads, model, cfg.start().toEpochMilli(), () -> 0L, pilotRng.split());
        long[] events = {0};
        for (int s = 0; s < PILOT_SESSIONS; s++) {
            int hour = s % 24;
            long from = scheduler.hourStart(0, hour);
            for (SessionScheduler.Planned p : scheduler.plan(0, hour, from, SessionScheduler.HOUR_MS, 1, pilotRng)) {
                pilot.run(population.user(p.user()), p.startMillis(), e -> events[0]++);
            }
        }
        return events[0] / (double) PILOT_SESSIONS;
    }
}
