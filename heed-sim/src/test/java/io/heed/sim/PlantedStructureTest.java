package io.heed.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Quality bands on a medium run (1,000 users, 400,000 events): what the simulator planted must be visible in the
 * files, and the logged probabilities must agree with the sampled outcomes.
 */
class PlantedStructureTest {
    private static final SimConfig CFG = SimConfig.small()
            .withUsers(1_000)
            .withItems(300)
            .withAdvertisers(20)
            .withAds(150)
            .withPersonas(6)
            .withEvents(400_000)
            .withSeed(7);

    @TempDir
    static Path dir;

    static SimSummary summary;
    /** Unique (deduplicated) event rows. */
    static List<List<String>> events = new ArrayList<>();

    static Map<String, double[]> truth = new HashMap<>();
    static Map<String, String> itemCategory = new HashMap<>();
    static Map<String, String> owner = new HashMap<>();
    static Map<String, String> persona = new HashMap<>();
    static Set<String> bots = new HashSet<>();
    static long lines;
    static long repeatedLines;

    @BeforeAll
    static void generate() throws IOException {
        summary = new Simulator(CFG).run(dir, n -> {});
        String[] last = {""};
        CsvRows.forEach(dir.resolve("events.csv"), r -> {
            lines++;
            if (r.get(0).equals(last[0])) {
                repeatedLines++;
            } else {
                events.add(r);
            }
            last[0] = r.get(0);
        });
        CsvRows.forEach(
                dir.resolve("truth/impressions.csv"),
                r -> truth.put(r.get(0), new double[] {Double.parseDouble(r.get(1)), Double.parseDouble(r.get(2))}));
        CsvRows.forEach(dir.resolve("items.csv"), r -> itemCategory.put(r.get(0), r.get(2)));
        CsvRows.forEach(dir.resolve("truth/identities.csv"), r -> owner.put(r.get(0), r.get(1)));
        CsvRows.forEach(dir.resolve("truth/personas.csv"), r -> persona.put(r.get(0), r.get(1)));
        CsvRows.forEach(dir.resolve("truth/bots.csv"), r -> bots.add(r.get(0)));
    }

    private static String userOf(List<String> e) {
        return owner.get(e.get(4));
    }

    @Test
    void volumeAndDuplicatesAreAsConfigured() {
        assertThat(lines).isEqualTo(summary.events());
        assertThat((double) lines).isCloseTo(CFG.targetEvents(), within(0.02 * CFG.targetEvents()));
        assertThat(repeatedLines / (double) lines).isBetween(0.0005, 0.002);
        assertThat(summary.eventsByType().values().stream()
                        .mapToLong(Long::longValue)
                        .sum())
                .isEqualTo(lines);
    }

    @Test
    void botsClickAtInhumanRates() {
        assertThat(bots).hasSize(UserPopulation.BOTS);
        Map<String, List<Long>> clicks = new HashMap<>();
        for (List<String> e : events) {
            if (e.get(2).equals("click")) {
                clicks.computeIfAbsent(userOf(e), u -> new ArrayList<>())
                        .add(Instant.parse(e.get(7)).toEpochMilli());
            }
        }
        for (String bot : bots) {
            assertThat(maxPerMinute(clicks.get(bot)))
                    .as("clicks per minute of %s", bot)
                    .isGreaterThanOrEqualTo(100);
            // heed-events' cleaner (io.heed.events.sql.Cleaner) counts per calendar minute and flags more than 60
            // clicks by default.
            assertThat(maxPerCalendarMinute(clicks.get(bot)))
                    .as("clicks in a calendar minute")
                    .isGreaterThan(60);
        }
        int humanMax = clicks.entrySet().stream()
                .filter(c -> !bots.contains(c.getKey()))
                .mapToInt(c -> maxPerMinute(c.getValue()))
                .max()
                .orElseThrow();
        assertThat(humanMax).isLessThan(30);
    }

    private static long maxPerCalendarMinute(List<Long> times) {
        return times.stream()
                .collect(
                        java.util.stream.Collectors.groupingBy(t -> t / 60_000, java.util.stream.Collectors.counting()))
                .values()
                .stream()
                .mapToLong(Long::longValue)
                .max()
                .orElse(0);
    }

    private static int maxPerMinute(List<Long> times) {
        int best = 0;
        for (int i = 0, j = 0; i < times.size(); i++) {
            while (times.get(i) - times.get(j) >= 60_000) {
                j++;
            }
            best = Math.max(best, i - j + 1);
        }
        return best;
    }

    @Test
    void clickedCategoriesConcentrateOnThePersonasTopCategories() throws IOException {
        Map<String, Set<String>> top = new HashMap<>();
        for (JsonNode d : new ObjectMapper()
                .readTree(dir.resolve("truth/persona_definitions.json").toFile())) {
            double mass = 0;
            Set<String> cats = new HashSet<>();
            for (JsonNode c : d.get("top_categories")) {
                cats.add(c.asText());
                mass += d.get("category_weights").get(c.asText()).asDouble();
            }
            if (mass > 0.8) {
                top.put(d.get("name").asText(), cats);
            }
        }
        assertThat(top).as("personas with a concentrated top 3").hasSizeGreaterThanOrEqualTo(4);
        Map<String, int[]> perUser = new HashMap<>();
        for (List<String> e : events) {
            String user = userOf(e);
            if (e.get(2).equals("click") && !e.get(5).isEmpty() && top.containsKey(persona.get(user))) {
                int[] c = perUser.computeIfAbsent(user, u -> new int[2]);
                c[0] += top.get(persona.get(user)).contains(itemCategory.get(e.get(5))) ? 1 : 0;
                c[1]++;
            }
        }
        double meanShare = perUser.values().stream()
                .mapToDouble(c -> c[0] / (double) c[1])
                .average()
                .orElseThrow();

        assertThat(perUser).hasSizeGreaterThan(300);
        assertThat(meanShare).isGreaterThan(0.6);
    }

    @Test
    void clickThroughFallsWithFeedPosition() {
        long[] shown = new long[SessionSimulator.FEED_SLOTS];
        long[] clicked = new long[SessionSimulator.FEED_SLOTS];
        for (List<String> e : events) {
            if (!e.get(5).isEmpty() && e.get(9).equals("home_feed") && !bots.contains(userOf(e))) {
                int pos = Integer.parseInt(e.get(10));
                if (e.get(2).equals("impression")) {
                    shown[pos]++;
                } else if (e.get(2).equals("click")) {
                    clicked[pos]++;
                }
            }
        }
        double ctr0 = clicked[0] / (double) shown[0];
        double ctr5 = clicked[5] / (double) shown[5];
        double ctr9 = clicked[9] / (double) shown[9];

        assertThat(ctr0).isGreaterThan(ctr5 * 1.3);
        assertThat(ctr5).isGreaterThan(ctr9);
    }

    @Test
    void loggedClickProbabilitiesMatchObservedClickRates() {
        // Impressions are matched to their clicks by session, page, placement, position and ad/item.
        Set<String> clickKeys = new HashSet<>();
        for (List<String> e : events) {
            if (e.get(2).equals("click")) {
                clickKeys.add(key(e));
            }
        }
        double adExpected = 0;
        long adShown = 0;
        long adClicked = 0;
        double itemExpected = 0;
        long itemShown = 0;
        long itemClicked = 0;
        for (List<String> e : events) {
            if (!e.get(2).equals("impression") || bots.contains(userOf(e))) {
                continue;
            }
            double p = truth.get(e.get(0))[0];
            boolean click = clickKeys.contains(key(e));
            if (e.get(6).isEmpty()) {
                itemExpected += p;
                itemShown++;
                itemClicked += click ? 1 : 0;
            } else {
                adExpected += p;
                adShown++;
                adClicked += click ? 1 : 0;
            }
        }

        assertThat(adClicked).isGreaterThan(500);
        assertThat(adExpected / adShown).isCloseTo(adClicked / (double) adShown, within(0.10 * adClicked / adShown));
        assertThat(itemExpected / itemShown)
                .isCloseTo(itemClicked / (double) itemShown, within(0.05 * itemClicked / itemShown));
    }

    @Test
    void adConversionsFollowTheLoggedConversionProbability() {
        Map<String, double[]> impressionByKey = new HashMap<>();
        for (List<String> e : events) {
            if (e.get(2).equals("impression") && !e.get(6).isEmpty() && !bots.contains(userOf(e))) {
                impressionByKey.put(key(e), truth.get(e.get(0)));
            }
        }
        double expected = 0;
        long conversions = 0;
        for (List<String> e : events) {
            if (e.get(2).equals("click") && impressionByKey.containsKey(key(e))) {
                expected += impressionByKey.get(key(e))[1];
            } else if (e.get(2).equals("purchase") && !e.get(6).isEmpty()) {
                conversions++;
            }
        }

        // A few conversions fall after the window closes; allow three binomial standard deviations.
        assertThat(expected).isGreaterThan(30);
        assertThat((double) conversions).isCloseTo(expected, within(3 * Math.sqrt(expected)));
    }

    @Test
    void consentAndIdentityRatesAreRealistic() {
        List<List<String>> users = CsvRows.all(dir.resolve("users.csv"));
        double noAds = users.stream().filter(u -> u.get(3).equals("false")).count() / (double) users.size();
        double noPersonalisation =
                users.stream().filter(u -> u.get(2).equals("false")).count() / (double) users.size();
        Set<String> seen = new HashSet<>();
        Set<String> linked = new HashSet<>();
        for (List<String> e : events) {
            seen.add(e.get(4));
            if (!e.get(3).isEmpty()) {
                linked.add(e.get(4));
            }
        }

        assertThat(noAds).isCloseTo(UserPopulation.REFUSE_ADVERTISING, within(0.03));
        assertThat(noPersonalisation).isCloseTo(UserPopulation.REFUSE_PERSONALISATION, within(0.025));
        assertThat(linked.size() / (double) seen.size()).isBetween(0.5, 0.95);
    }

    @Test
    void sessionStartsFollowThePersonasLocalRhythm() throws IOException {
        Map<String, Geo> geo = new HashMap<>();
        CsvRows.forEach(dir.resolve("users.csv"), r -> geo.put(r.get(0), Geo.valueOf(r.get(6))));
        Map<String, double[]> observed = new HashMap<>();
        Set<String> sessions = new HashSet<>();
        for (List<String> e : events) {
            String user = userOf(e);
            if (e.get(15).equals("feed/1") && !bots.contains(user) && sessions.add(e.get(14))) {
                int utcHour = Integer.parseInt(e.get(7).substring(11, 13));
                int local = Math.floorMod(utcHour + geo.get(user).utcOffsetHours, 24);
                observed.computeIfAbsent(persona.get(user), p -> new double[24])[local]++;
            }
        }
        JsonNode defs = new ObjectMapper()
                .readTree(dir.resolve("truth/persona_definitions.json").toFile());
        for (JsonNode d : defs) {
            double[] planted = new double[24];
            for (int h = 0; h < 24; h++) {
                planted[h] = d.get("rhythm_local_hour_weights").get(h).asDouble();
            }
            assertThat(correlation(planted, observed.get(d.get("name").asText())))
                    .as("rhythm of %s", d.get("name").asText())
                    .isGreaterThan(0.8);
        }
    }

    private static double correlation(double[] a, double[] b) {
        double ma = java.util.Arrays.stream(a).average().orElseThrow();
        double mb = java.util.Arrays.stream(b).average().orElseThrow();
        double cov = 0;
        double va = 0;
        double vb = 0;
        for (int i = 0; i < a.length; i++) {
            cov += (a[i] - ma) * (b[i] - mb);
            va += (a[i] - ma) * (a[i] - ma);
            vb += (b[i] - mb) * (b[i] - mb);
        }
        return cov / Math.sqrt(va * vb);
    }

    private static String key(List<String> e) {
        return e.get(14) + '|' + e.get(15) + '|' + e.get(9) + '|' + e.get(10) + '|' + e.get(5) + '|' + e.get(6);
    }
}
