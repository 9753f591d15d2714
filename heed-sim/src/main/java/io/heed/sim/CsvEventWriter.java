package io.heed.sim;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.LongConsumer;

/**
 * Writes {@code events.csv} (time-ordered) and, in step, {@code truth/impressions.csv}. Event ids are given here,
 * in file order. {@code user_id} is written from the device's first logged-in event on (the identity link), only
 * {@code anonymous_id} before. About {@value #DUPLICATE_RATE} of the lines are written twice in a row, as an at-least-once
 * delivery would, so that deduplication has something to do; the truth lists each impression once.
 */
final class CsvEventWriter implements EventOutput, Closeable {
    static final double DUPLICATE_RATE = 0.001;
    static final String HEADER = "event_id,tenant_id,type,user_id,anonymous_id,item_id,ad_id,timestamp,value,"
            + "placement,position,device,platform,geo,session_id,page";
    static final String TRUTH_HEADER = "event_id,p_click,p_convert";
    private static final int PROGRESS_EVERY = 1 << 14;

    private final BufferedWriter events;
    private final BufferedWriter truth;
    private final String tenant;
    private final UserPopulation population;
    private final Catalog catalog;
    private final AdInventory ads;
    private final SplittableRandom duplicates;
    private final LongConsumer progress;
    private final Csv.Timestamps timestamps = new Csv.Timestamps();
    private final StringBuilder line = new StringBuilder(256);
    private char[] chars = new char[256];
    private final long[] byType = new long[EventType.values().length];
    private final boolean[] deviceLinked;
    private long nextId;
    private long lines;
    private long duplicated;

    CsvEventWriter(
            Path eventsFile,
            Path truthFile,
            String tenant,
            UserPopulation population,
            Catalog catalog,
            AdInventory ads,
            SplittableRandom duplicates,
            LongConsumer progress)
            throws IOException {
        this.events = Csv.open(eventsFile);
        this.truth = Csv.open(truthFile);
        this.tenant = tenant;
        this.population = population;
        this.catalog = catalog;
        this.ads = ads;
        this.duplicates = duplicates;
        this.progress = progress;
        this.deviceLinked = new boolean[population.devices().size()];
        events.write(HEADER);
        events.write('\n');
        truth.write(TRUTH_HEADER);
        truth.write('\n');
    }

    @Override
    public void write(SimEvent e) throws IOException {
        long id = ++nextId;
        format(id, e);
        int copies = Sampling.chance(duplicates, DUPLICATE_RATE) ? 2 : 1;
        for (int c = 0; c < copies; c++) {
            writeLine(events);
            byType[e.type().ordinal()]++;
            if (++lines % PROGRESS_EVERY == 0) {
                progress.accept(lines);
            }
        }
        duplicated += copies - 1;
        if (e.type() == EventType.IMPRESSION) {
            line.setLength(0);
            Ids.appendEvent(line, id);
            line.append(',');
            Csv.appendFixed(line, e.pClick(), 6);
            line.append(',');
            Csv.appendFixed(line, e.pConvert(), 6);
            line.append('\n');
            writeLine(truth);
        }
    }

    private void format(long id, SimEvent e) {
        SimDevice device = population.device(e.device());
        StringBuilder sb = line;
        sb.setLength(0);
        Ids.appendEvent(sb, id);
        sb.append(',').append(tenant).append(',').append(e.type().wire).append(',');
        // Login is sticky in file order: a conversion generated while logged out but happening after a later login
        // on the same device carries the user id, as it would on a real site.
        if (e.loggedIn() || deviceLinked[e.device()]) {
            deviceLinked[e.device()] = true;
            sb.append(population.user(e.user()).id());
        }
        sb.append(',').append(device.anonymousId()).append(',');
        if (e.item() >= 0) {
            sb.append(catalog.get(e.item()).id());
        }
        sb.append(',');
        if (e.ad() >= 0) {
            sb.append(ads.get(e.ad()).id());
        }
        sb.append(',');
        timestamps.append(sb, e.timestamp());
        sb.append(',');
        if (!Double.isNaN(e.value())) {
            Csv.appendFixed(sb, e.value(), Math.max(0, e.type().valueDecimals));
        }
        sb.append(',');
        if (e.placement() != null) {
            sb.append(e.placement().wire);
        }
        sb.append(',');
        if (e.position() >= 0) {
            sb.append(e.position());
        }
        sb.append(',')
                .append(device.type().wire)
                .append(',')
                .append(device.platform().wire)
                .append(',')
                .append(population.user(e.user()).geo().name())
                .append(',');
        Ids.appendSession(sb, e.session());
        sb.append(',');
        switch (e.page()) {
            case FEED -> sb.append("feed/").append(e.pageArg());
            case ITEM -> sb.append("item/").append(catalog.get(e.pageArg()).id());
            case CHECKOUT -> sb.append("checkout");
        }
        sb.append('\n');
    }

    private void writeLine(BufferedWriter out) throws IOException {
        int n = line.length();
        if (chars.length < n) {
            chars = new char[n * 2];
        }
        line.getChars(0, n, chars, 0);
        out.write(chars, 0, n);
    }

    /** Lines written to events.csv, duplicates included. */
    long lines() {
        return lines;
    }

    long duplicates() {
        return duplicated;
    }

    /** Lines per event type (wire name), duplicates included, in {@link EventType} order. */
    Map<String, Long> linesByType() {
        Map<String, Long> m = new LinkedHashMap<>();
        for (EventType t : EventType.values()) {
            m.put(t.wire, byType[t.ordinal()]);
        }
        return m;
    }

    @Override
    public void close() throws IOException {
        try {
            events.close();
        } finally {
            truth.close();
        }
        progress.accept(lines);
    }
}
