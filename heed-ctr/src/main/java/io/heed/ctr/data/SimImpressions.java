package io.heed.ctr.data;

import io.heed.ctr.features.CtrRequest;
import io.heed.ctr.features.FeatureSpec;
import io.heed.ctr.features.NumericField;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Impressions of a heed-sim run (events.csv, items.csv, ads.csv) as CTR rows, with the simulator's true
 * probability of each row from truth/impressions.csv (for grading only; it is never a feature).
 *
 * <p>Fields: user (user id, else the device's anonymous id), device, platform, geo, placement, position, kind
 * (item/ad), target (item or ad id), category, format and advertiser (ads), UTC hour and weekday, and the
 * recent-engagement count {@code seen}: earlier impressions of the same target to the same user, decayed with a
 * 24 h half-life (what publishers log as frequency). A click is joined to its impression by session, page,
 * position and target. Bot accounts (truth/bots.csv; in the pipeline the store's cleaner removes them) are left
 * out.
 *
 * <p>{@link Task#CONVERSION}: rows are the clicked ad impressions, labelled 1 when the same device buys the ad's
 * landing item through that ad within the conversion window after the click. Clicks closer than one window to the
 * end of the log are left out: their conversions may not have arrived yet (right-censoring), and counting them
 * as negatives would bias pCVR down.
 */
public final class SimImpressions {
    private static final double HALF_LIFE_MS = 24 * 3_600_000.0;

    /** What a row is and what its label means. */
    public enum Task {
        CLICK,
        CONVERSION
    }

    private final Task task;
    private final Duration window;

    private SimImpressions(Task task, Duration window) {
        this.task = task;
        this.window = window;
    }

    public static SimImpressions clicks() {
        return new SimImpressions(Task.CLICK, Duration.ZERO);
    }

    public static SimImpressions conversions(Duration window) {
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("conversion window must be positive, was " + window);
        }
        return new SimImpressions(Task.CONVERSION, window);
    }

    public static FeatureSpec spec(int bits) {
        return new FeatureSpec(
                bits,
                List.of(
                        "user",
                        "device",
                        "platform",
                        "geo",
                        "placement",
                        "position",
                        "kind",
                        "target",
                        "category",
                        "format",
                        "advertiser",
                        "hour",
                        "weekday"),
                List.of(new NumericField("seen", NumericField.Transform.LOG_VALUE)),
                List.of(
                        List.of("user", "category"),
                        List.of("user", "kind"),
                        List.of("placement", "position"),
                        List.of("kind", "category")));
    }

    /** Streams the rows to {@code sink} and returns the true probability of each row, in the same order. */
    public double[] read(Path dir, RowSink sink) throws IOException {
        Path events = dir.resolve("events.csv");
        Map<String, String> itemCategory = column(dir.resolve("items.csv"), 0, 2);
        Map<String, String[]> ads = rows(dir.resolve("ads.csv"), 7);
        Set<String> bots =
                new HashSet<>(column(dir.resolve("truth/bots.csv"), 0, 0).keySet());
        Set<String> clicks = new HashSet<>();
        Map<String, List<Long>> purchases = new HashMap<>();
        long[] end = {Long.MIN_VALUE};
        Lines.each(events, (n, line) -> {
            if (n == 1) {
                checkHeader(events, line);
                return;
            }
            String[] f = fields(events, n, line);
            long t = time(events, n, f[7]);
            end[0] = Math.max(end[0], t);
            if (f[2].equals("click")) {
                clicks.add(clickKey(f));
            } else if (f[2].equals("purchase") && !f[6].isEmpty()) {
                purchases
                        .computeIfAbsent(f[4] + "|" + f[6], k -> new ArrayList<>())
                        .add(t);
            }
        });
        Path truthFile = dir.resolve("truth/impressions.csv");
        DoubleList truth = new DoubleList();
        Map<String, double[]> exposure = new HashMap<>();
        try (BufferedReader tr = Files.newBufferedReader(truthFile, StandardCharsets.UTF_8)) {
            tr.readLine();
            long[] truthLine = {1};
            String[] lastId = {""};
            Lines.each(events, (n, line) -> {
                if (n == 1) {
                    return;
                }
                String[] f = fields(events, n, line);
                if (!f[2].equals("impression") || f[0].equals(lastId[0])) {
                    return;
                }
                lastId[0] = f[0];
                String[] t = nextTruth(tr, truthFile, ++truthLine[0]);
                if (!t[0].equals(f[0])) {
                    throw new MalformedDataException(
                            truthFile, truthLine[0], "expected impression " + f[0] + ", found " + t[0]);
                }
                String user = f[3].isEmpty() ? f[4] : f[3];
                if (bots.contains(user)) {
                    return;
                }
                long time = time(events, n, f[7]);
                boolean isAd = !f[6].isEmpty();
                String target = isAd ? f[6] : f[5];
                double[] ex = exposure.computeIfAbsent(user + "|" + target, k -> new double[] {0, time});
                double seen = ex[0] * Math.pow(0.5, (time - ex[1]) / HALF_LIFE_MS);
                ex[0] = seen + 1;
                ex[1] = time;
                boolean clicked = clicks.contains(clickKey(f));
                float label;
                double p;
                if (task == Task.CLICK) {
                    label = clicked ? 1f : 0f;
                    p = Lines.number(truthFile, truthLine[0], "p_click", t[1]);
                } else {
                    if (!isAd || !clicked || time + window.toMillis() > end[0]) {
                        return;
                    }
                    label = converted(purchases.get(f[4] + "|" + target), time) ? 1f : 0f;
                    p = Lines.number(truthFile, truthLine[0], "p_convert", t[2]);
                }
                String[] ad = isAd ? ads.get(target) : null;
                if (isAd && ad == null) {
                    throw new MalformedDataException(events, n, "ad " + target + " is not in ads.csv");
                }
                String category = isAd ? ad[3] : itemCategory.get(target);
                if (category == null) {
                    throw new MalformedDataException(events, n, "item " + target + " is not in items.csv");
                }
                CtrRequest.Builder b = CtrRequest.builder()
                        .put("user", user)
                        .put("device", f[11])
                        .put("platform", f[12])
                        .put("geo", f[13])
                        .put("placement", f[9])
                        .put("position", f[10])
                        .put("kind", isAd ? "ad" : "item")
                        .put("target", target)
                        .put("category", category)
                        .put("hour", Long.toString(time / 3_600_000 % 24))
                        .put("weekday", Long.toString((time / 86_400_000 + 3) % 7))
                        .put("seen", seen);
                if (isAd) {
                    b.put("format", ad[4]).put("advertiser", ad[1]);
                }
                truth.add(p);
                sink.accept(new LabelledRow(b.build(), label, time));
            });
        }
        return truth.toArray();
    }

    private boolean converted(List<Long> times, long clickTime) {
        if (times == null) {
            return false;
        }
        for (long t : times) {
            if (t >= clickTime && t <= clickTime + window.toMillis()) {
                return true;
            }
        }
        return false;
    }

    private static String clickKey(String[] f) {
        return f[14] + "|" + f[15] + "|" + f[10] + "|" + f[5] + "|" + f[6];
    }

    private static void checkHeader(Path file, String line) throws MalformedDataException {
        if (!line.startsWith("event_id,tenant_id,type,user_id,anonymous_id,item_id,ad_id,timestamp")) {
            throw new MalformedDataException(file, 1, "not a Heed events.csv header: '" + line + "'");
        }
    }

    private static String[] fields(Path file, long n, String line) throws MalformedDataException {
        String[] f = line.split(",", -1);
        if (f.length != 16) {
            throw new MalformedDataException(file, n, "expected 16 fields, found " + f.length);
        }
        return f;
    }

    private static long time(Path file, long n, String ts) throws MalformedDataException {
        try {
            return Instant.parse(ts).toEpochMilli();
        } catch (DateTimeParseException e) {
            throw new MalformedDataException(file, n, "bad timestamp '" + ts + "'");
        }
    }

    private static String[] nextTruth(BufferedReader tr, Path file, long n) throws IOException {
        String s = tr.readLine();
        if (s == null) {
            throw new MalformedDataException(file, n, "ends before events.csv's impressions do");
        }
        String[] t = s.split(",", -1);
        if (t.length != 3) {
            throw new MalformedDataException(file, n, "expected event_id,p_click,p_convert, found '" + s + "'");
        }
        return t;
    }

    private static Map<String, String> column(Path file, int key, int value) throws IOException {
        Map<String, String> m = new HashMap<>();
        Lines.each(file, (n, line) -> {
            if (n > 1 && !line.isBlank()) {
                String[] f = line.split(",", Math.max(key, value) + 2);
                if (f.length <= Math.max(key, value)) {
                    throw new MalformedDataException(file, n, "too few fields");
                }
                m.put(f[key], f[value]);
            }
        });
        return m;
    }

    private static Map<String, String[]> rows(Path file, int fields) throws IOException {
        Map<String, String[]> m = new HashMap<>();
        Lines.each(file, (n, line) -> {
            if (n > 1 && !line.isBlank()) {
                String[] f = line.split(",", -1);
                if (f.length != fields) {
                    throw new MalformedDataException(file, n, "expected " + fields + " fields, found " + f.length);
                }
                m.put(f[0], f);
            }
        });
        return m;
    }

    /** A growable double array. */
    private static final class DoubleList {
        private double[] a = new double[1024];
        private int n;

        void add(double v) {
            if (n == a.length) {
                a = java.util.Arrays.copyOf(a, n * 2);
            }
            a[n++] = v;
        }

        double[] toArray() {
            return java.util.Arrays.copyOf(a, n);
        }
    }
}
