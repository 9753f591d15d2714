package io.heed.sim;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.LongSupplier;

/**
 * Plays one human session: feed pages with organic items and native ads, item pages (view, pre-roll, sidebar
 * banner, dwell, cart, purchase, rating, share) after clicks, and delayed conversions after ad clicks. Every
 * decision samples a probability from {@link AttentionModel}; impressions carry the probabilities they used.
 * The publisher's own feed and ad server (what is shown) are simple and documented, as they are the logging policy
 * that any off-policy evaluation will have to correct for.
 */
final class SessionSimulator {
    static final int FEED_SLOTS = 10;
    /** Feed positions that hold a native ad; all other positions hold organic items. */
    static final int[] FEED_AD_POSITIONS = {2, 6};
    /** Share of organic slots filled from the user's interests (only with personalisation consent). */
    static final double PERSONALISED_SHARE = 0.6;
    /** Share of ad slots targeted at the user's interests (only with advertising consent). */
    static final double TARGETED_AD_SHARE = 0.5;

    static final double NEXT_PAGE = 0.55;
    static final int MAX_PAGES = 20;
    static final double SIDEBAR_FILL = 0.8;
    /** Chance, per page, that a logged-out device logs in: apps keep users logged in more than browsers. */
    static final double LOGIN_PER_PAGE_APP = 0.45;

    static final double LOGIN_PER_PAGE_WEB = 0.25;

    private final List<Persona> personas;
    private final UserPopulation population;
    private final Catalog catalog;
    private final AdInventory ads;
    private final AttentionModel model;
    private final ExposureMemory memory;
    private final boolean[] loggedIn;
    private final long runStartMillis;
    private final LongSupplier sessionIds;
    private final SplittableRandom rng;

    private SimUser user;
    private Persona persona;
    private SimDevice device;
    private long session;
    private EventSink sink;

    SessionSimulator(
            List<Persona> personas,
            UserPopulation population,
            Catalog catalog,
            AdInventory ads,
            AttentionModel model,
            long runStartMillis,
            LongSupplier sessionIds,
            SplittableRandom rng) {
        this.personas = personas;
        this.population = population;
        this.catalog = catalog;
        this.ads = ads;
        this.model = model;
        this.memory = new ExposureMemory(model.params().fatigueHalfLifeHours());
        this.loggedIn = new boolean[population.devices().size()];
        this.runStartMillis = runStartMillis;
        this.sessionIds = sessionIds;
        this.rng = rng;
    }

    /** Simulates one session of human {@code u} starting at {@code startMillis}. */
    void run(SimUser u, long startMillis, EventSink out) {
        user = u;
        persona = personas.get(u.persona());
        device = pickDevice(u);
        session = sessionIds.getAsLong();
        sink = out;
        long t = startMillis;
        for (int page = 1; page <= MAX_PAGES; page++) {
            double login = device.platform() == Platform.WEB ? LOGIN_PER_PAGE_WEB : LOGIN_PER_PAGE_APP;
            if (!loggedIn[device.index()] && Sampling.chance(rng, login)) {
                loggedIn[device.index()] = true;
            }
            t = feedPage(page, t);
            if (!Sampling.chance(rng, NEXT_PAGE)) {
                break;
            }
        }
    }

    /** Forgets faded exposures; called between days to bound memory. */
    void pruneMemory(long nowMillis) {
        memory.prune(minute(nowMillis));
    }

    private long feedPage(int page, long loadAt) {
        int[] content = new int[FEED_SLOTS];
        boolean[] isAd = new boolean[FEED_SLOTS];
        for (int pos = 0; pos < FEED_SLOTS; pos++) {
            int ad = isAdPosition(pos) ? ads.choose(AdFormat.NATIVE, adTarget(-1), rng) : -1;
            isAd[pos] = ad >= 0;
            content[pos] = isAd[pos] ? ad : organic(content, isAd, pos);
        }
        // Impressions as the page renders, a few tens of milliseconds apart.
        boolean[] clicked = new boolean[FEED_SLOTS];
        for (int pos = 0; pos < FEED_SLOTS; pos++) {
            long ts = loadAt + pos * 35L + rng.nextInt(20);
            clicked[pos] = isAd[pos]
                    ? adImpression(content[pos], Placement.HOME_FEED, pos, ts, SimEvent.Page.FEED, page)
                    : itemImpression(content[pos], pos, ts, page);
        }
        // Then the user walks down the page and follows what they clicked.
        long cursor = loadAt + FEED_SLOTS * 35L;
        for (int pos = 0; pos < FEED_SLOTS; pos++) {
            if (!clicked[pos]) {
                continue;
            }
            cursor += (long) Sampling.logNormal(rng, 4_000, 0.6);
            if (isAd[pos]) {
                adClick(content[pos], Placement.HOME_FEED, pos, cursor, SimEvent.Page.FEED, page);
                cursor += (long) Sampling.logNormal(rng, 8_000, 0.7);
            } else {
                emit(
                        EventType.CLICK,
                        cursor,
                        content[pos],
                        -1,
                        Double.NaN,
                        Placement.HOME_FEED,
                        pos,
                        SimEvent.Page.FEED,
                        page,
                        Double.NaN,
                        Double.NaN);
                cursor = itemPage(content[pos], cursor);
            }
        }
        return cursor + (long) Sampling.logNormal(rng, 9_000, 0.6);
    }

    private boolean itemImpression(int item, int pos, long ts, int page) {
        Item it = catalog.get(item);
        double seen = memory.seenThenRecord(user.index(), false, item, minute(ts));
        double pClick = model.itemClick(user, it, pos, seen);
        double pConvert = model.itemConvert(user, persona, it);
        emit(
                EventType.IMPRESSION,
                ts,
                item,
                -1,
                Double.NaN,
                Placement.HOME_FEED,
                pos,
                SimEvent.Page.FEED,
                page,
                pClick,
                pConvert);
        return Sampling.chance(rng, pClick);
    }

    private boolean adImpression(int adIndex, Placement placement, int pos, long ts, SimEvent.Page page, int pageArg) {
        Ad ad = ads.get(adIndex);
        double seen = memory.seenThenRecord(user.index(), true, adIndex, minute(ts));
        double pClick = model.adClick(user, persona, ad, pos, seen);
        double pConvert = model.adConvert(user, persona, ad);
        emit(EventType.IMPRESSION, ts, -1, adIndex, Double.NaN, placement, pos, page, pageArg, pClick, pConvert);
        return Sampling.chance(rng, pClick);
    }

    /** The ad click, and maybe a purchase of its landing item minutes to hours later, in a new visit. */
    private void adClick(int adIndex, Placement placement, int pos, long ts, SimEvent.Page page, int pageArg) {
        Ad ad = ads.get(adIndex);
        emit(EventType.CLICK, ts, -1, adIndex, Double.NaN, placement, pos, page, pageArg, Double.NaN, Double.NaN);
        if (Sampling.chance(rng, model.adConvert(user, persona, ad))) {
            long delay = (long) Sampling.clamp(Sampling.logNormal(rng, 40 * 60_000, 1.0), 60_000, 12 * 3_600_000);
            Item landing = catalog.get(ad.landingItem());
            long visit = sessionIds.getAsLong();
            sink.emit(new SimEvent(
                    ts + delay,
                    EventType.PURCHASE,
                    user.index(),
                    device.index(),
                    loggedIn[device.index()],
                    landing.index(),
                    adIndex,
                    landing.price(),
                    null,
                    -1,
                    visit,
                    SimEvent.Page.CHECKOUT,
                    0,
                    Double.NaN,
                    Double.NaN));
        }
    }

    /** The item page after a click; returns when the user is back on the feed. */
    private long itemPage(int item, long clickAt) {
        Item it = catalog.get(item);
        long t = clickAt + (long) Sampling.logNormal(rng, 800, 0.4);
        if (it.video()) {
            int ad = ads.choose(AdFormat.VIDEO, adTarget(it.category().ordinal()), rng);
            if (ad >= 0) {
                if (adImpression(ad, Placement.VIDEO_PREROLL, 0, t, SimEvent.Page.ITEM, item)) {
                    adClick(ad, Placement.VIDEO_PREROLL, 0, t + 2_000 + rng.nextInt(4_000), SimEvent.Page.ITEM, item);
                }
                t += 6_000 + rng.nextInt(9_000);
            }
        }
        emit(EventType.VIEW, t, item, -1, Double.NaN, null, -1, SimEvent.Page.ITEM, item, Double.NaN, Double.NaN);
        double dwell = model.dwellSeconds(user, it, rng);
        long dwellMs = Math.round(dwell * 1000);
        if (Sampling.chance(rng, SIDEBAR_FILL)) {
            int ad = ads.choose(AdFormat.BANNER, adTarget(it.category().ordinal()), rng);
            if (ad >= 0 && adImpression(ad, Placement.ARTICLE_SIDEBAR, 0, t + 300, SimEvent.Page.ITEM, item)) {
                adClick(
                        ad,
                        Placement.ARTICLE_SIDEBAR,
                        0,
                        t + 300 + (long) (rng.nextDouble() * dwellMs),
                        SimEvent.Page.ITEM,
                        item);
            }
        }
        if (Sampling.chance(rng, model.addToCart(user, persona, it))) {
            long cartAt = t + (long) ((0.3 + 0.6 * rng.nextDouble()) * dwellMs);
            emit(
                    EventType.ADD_TO_CART,
                    cartAt,
                    item,
                    -1,
                    it.price(),
                    null,
                    -1,
                    SimEvent.Page.ITEM,
                    item,
                    Double.NaN,
                    Double.NaN);
            if (Sampling.chance(rng, model.purchaseAfterCart(user, persona, it))) {
                long buyAt = cartAt + (long) Sampling.logNormal(rng, 3 * 60_000, 0.7);
                emit(
                        EventType.PURCHASE,
                        buyAt,
                        item,
                        -1,
                        it.price(),
                        null,
                        -1,
                        SimEvent.Page.CHECKOUT,
                        0,
                        Double.NaN,
                        Double.NaN);
            }
        }
        long end = t + dwellMs;
        emit(
                EventType.DWELL,
                end,
                item,
                -1,
                Math.round(dwell * 10) / 10.0,
                null,
                -1,
                SimEvent.Page.ITEM,
                item,
                Double.NaN,
                Double.NaN);
        if (Sampling.chance(rng, model.rateProbability())) {
            emit(
                    EventType.RATING,
                    end + 1_000 + rng.nextInt(3_000),
                    item,
                    -1,
                    model.rating(user, it, rng),
                    null,
                    -1,
                    SimEvent.Page.ITEM,
                    item,
                    Double.NaN,
                    Double.NaN);
        }
        if (Sampling.chance(rng, model.share(user, it))) {
            emit(
                    EventType.SHARE,
                    end + 500 + rng.nextInt(2_000),
                    item,
                    -1,
                    Double.NaN,
                    null,
                    -1,
                    SimEvent.Page.ITEM,
                    item,
                    Double.NaN,
                    Double.NaN);
        }
        return end + 1_500;
    }

    /** An organic item not already on this page: personalised or simply popular. */
    private int organic(int[] content, boolean[] isAd, int filled) {
        int item = -1;
        for (int attempt = 0; attempt < 8; attempt++) {
            item = user.consentPersonalisation() && Sampling.chance(rng, PERSONALISED_SHARE)
                    ? catalog.sampleInCategory(Sampling.pick(rng, user.interests()), rng)
                    : catalog.samplePopular(rng);
            if (!alreadyOnPage(content, isAd, filled, item)) {
                return item;
            }
        }
        return item;
    }

    private static boolean alreadyOnPage(int[] content, boolean[] isAd, int filled, int item) {
        for (int i = 0; i < filled; i++) {
            if (content[i] == item && !isAd[i]) {
                return true;
            }
        }
        return false;
    }

    /**
     * The category an ad slot is targeted at: the user's interests (with advertising consent), else the page's own
     * category (contextual, needs no consent) when there is one, else -1 for run of network.
     */
    private int adTarget(int contextCategory) {
        if (user.consentAdvertising() && Sampling.chance(rng, TARGETED_AD_SHARE)) {
            return Sampling.pick(rng, user.interests());
        }
        return contextCategory >= 0 && Sampling.chance(rng, 0.5) ? contextCategory : -1;
    }

    private SimDevice pickDevice(SimUser u) {
        int[] own = u.devices();
        if (own.length == 1) {
            return population.device(own[0]);
        }
        double[] w = new double[own.length];
        for (int i = 0; i < own.length; i++) {
            w[i] = population.device(own[i]).weight();
        }
        return population.device(own[Sampling.pick(rng, w)]);
    }

    private static boolean isAdPosition(int pos) {
        for (int p : FEED_AD_POSITIONS) {
            if (p == pos) {
                return true;
            }
        }
        return false;
    }

    private int minute(long millis) {
        return (int) ((millis - runStartMillis) / 60_000);
    }

    private void emit(
            EventType type,
            long ts,
            int item,
            int ad,
            double value,
            Placement placement,
            int position,
            SimEvent.Page page,
            int pageArg,
            double pClick,
            double pConvert) {
        sink.emit(new SimEvent(
                ts,
                type,
                user.index(),
                device.index(),
                loggedIn[device.index()],
                item,
                ad,
                value,
                placement,
                position,
                session,
                page,
                pageArg,
                pClick,
                pConvert));
    }
}
