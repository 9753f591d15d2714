package io.heed.sim;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every file of a small run against the documented columns, formats and cross-file references. */
class OutputSchemaTest {
    private static final SimConfig CFG = SimConfig.small();
    private static final Set<String> TYPES =
            Set.of("impression", "view", "click", "dwell", "add_to_cart", "purchase", "rating", "share");
    private static final Set<String> WITH_VALUE = Set.of("dwell", "add_to_cart", "purchase", "rating");
    private static final Set<String> PLACED = Set.of("impression", "click");
    private static final Pattern TIMESTAMP = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
    private static final Pattern PAGE = Pattern.compile("feed/[1-9]\\d*|item/i\\d{6}|checkout");

    @TempDir
    static Path dir;

    static SimSummary summary;
    static Map<String, List<String>> items = new HashMap<>();
    static Map<String, List<String>> ads = new HashMap<>();
    static Map<String, String> owner = new HashMap<>();
    static Set<String> users = new HashSet<>();

    @BeforeAll
    static void generate() throws IOException {
        summary = new Simulator(CFG).run(dir, n -> {});
        CsvRows.forEach(dir.resolve("items.csv"), r -> items.put(r.get(0), r));
        CsvRows.forEach(dir.resolve("ads.csv"), r -> ads.put(r.get(0), r));
        CsvRows.forEach(dir.resolve("truth/identities.csv"), r -> owner.put(r.get(0), r.get(1)));
        CsvRows.forEach(dir.resolve("users.csv"), r -> users.add(r.get(0)));
    }

    @Test
    void everyEventRowFollowsTheCanonicalFormat() {
        long start = CFG.start().toEpochMilli();
        long end = CFG.end().toEpochMilli();
        long[] previous = {start};
        List<String> problems = new ArrayList<>();
        List<String> header = CsvRows.forEach(dir.resolve("events.csv"), r -> {
            String why = check(r, start, end, previous[0]);
            if (why != null && problems.size() < 5) {
                problems.add(why + ": " + r);
            }
            previous[0] = Instant.parse(r.get(7)).toEpochMilli();
        });

        assertThat(String.join(",", header)).isEqualTo(CsvEventWriter.HEADER);
        assertThat(problems).isEmpty();
    }

    private static String check(List<String> r, long start, long end, long previous) {
        if (r.size() != 16) {
            return "field count " + r.size();
        }
        String type = r.get(2);
        if (!r.get(0).matches("e\\d{9}") || !r.get(1).equals(CFG.tenantId()) || !TYPES.contains(type)) {
            return "id, tenant or type";
        }
        if (!TIMESTAMP.matcher(r.get(7)).matches()) {
            return "timestamp format";
        }
        long ts = Instant.parse(r.get(7)).toEpochMilli();
        if (ts < start || ts >= end || ts < previous) {
            return "timestamp outside the window or out of order";
        }
        boolean item = !r.get(5).isEmpty();
        boolean ad = !r.get(6).isEmpty();
        boolean conversion = type.equals("purchase") && item && ad;
        if (item == ad && !conversion) {
            return "exactly one of item_id and ad_id";
        }
        if (item && !items.containsKey(r.get(5)) || ad && !ads.containsKey(r.get(6))) {
            return "unknown item or ad";
        }
        if (conversion && !ads.get(r.get(6)).get(6).equals(r.get(5))) {
            return "an ad conversion buys the ad's landing item";
        }
        if (WITH_VALUE.contains(type) == r.get(8).isEmpty()) {
            return "value present exactly for dwell, add_to_cart, purchase, rating";
        }
        if (!r.get(8).isEmpty()) {
            double v = Double.parseDouble(r.get(8));
            boolean ok = switch (type) {
                case "rating" -> r.get(8).matches("[1-5]");
                case "dwell" -> v >= 1 && v <= 1800;
                default -> r.get(8).equals(items.get(r.get(5)).get(4));
            };
            if (!ok) {
                return "value " + r.get(8);
            }
        }
        boolean placed = PLACED.contains(type);
        if (placed == r.get(9).isEmpty() || placed == r.get(10).isEmpty()) {
            return "placement and position only on impressions and clicks";
        }
        if (placed
                && (!r.get(9).matches("home_feed|article_sidebar|video_preroll") || Integer.parseInt(r.get(10)) < 0)) {
            return "placement or position";
        }
        if (!r.get(11).matches("mobile|desktop|tablet")
                || !r.get(12).matches("web|ios|android")
                || r.get(11).equals("desktop") && !r.get(12).equals("web")
                || !r.get(13).matches("FR|DE|US|GB|ES|IT")) {
            return "device, platform or geo";
        }
        if (!r.get(14).matches("s\\d{8}") || !PAGE.matcher(r.get(15)).matches()) {
            return "session or page";
        }
        if (!r.get(4).matches("anon-[0-9a-f]{12}") || !owner.containsKey(r.get(4))) {
            return "anonymous id";
        }
        if (!r.get(3).isEmpty() && !r.get(3).equals(owner.get(r.get(4)))) {
            return "user_id is not the owner of the device";
        }
        return null;
    }

    @Test
    void idsAreUniqueExceptForRepeatedLines() {
        Set<String> seen = new HashSet<>();
        List<String> previous = new ArrayList<>();
        long[] repeats = {0};
        CsvRows.forEach(dir.resolve("events.csv"), r -> {
            if (r.get(0).equals(previous.isEmpty() ? null : previous.get(0))) {
                assertThat(r).isEqualTo(previous);
                repeats[0]++;
            } else {
                assertThat(seen.add(r.get(0))).as("unique %s", r.get(0)).isTrue();
            }
            previous.clear();
            previous.addAll(r);
        });

        assertThat(repeats[0]).isEqualTo(summary.duplicates());
        assertThat(seen.size() + repeats[0]).isEqualTo(summary.events());
    }

    @Test
    void loginIsStickyAndFirstLinksTheDevice() {
        Set<String> linked = new HashSet<>();
        List<String> relapses = new ArrayList<>();
        CsvRows.forEach(dir.resolve("events.csv"), r -> {
            if (!r.get(3).isEmpty()) {
                linked.add(r.get(4));
            } else if (linked.contains(r.get(4))) {
                relapses.add(r.get(0));
            }
        });

        assertThat(relapses).isEmpty();
        assertThat(linked).isNotEmpty().allSatisfy(anon -> assertThat(owner).containsKey(anon));
    }

    @Test
    void truthHasOneRowPerImpressionInFileOrder() {
        List<String> impressionIds = new ArrayList<>();
        String[] last = {""};
        CsvRows.forEach(dir.resolve("events.csv"), r -> {
            if (r.get(2).equals("impression") && !r.get(0).equals(last[0])) {
                impressionIds.add(r.get(0));
            }
            last[0] = r.get(0);
        });
        List<String> truthIds = new ArrayList<>();
        List<String> header = CsvRows.forEach(dir.resolve("truth/impressions.csv"), r -> {
            truthIds.add(r.get(0));
            assertThat(Double.parseDouble(r.get(1))).isBetween(0.0, 1.0);
            assertThat(Double.parseDouble(r.get(2))).isBetween(0.0, 1.0);
        });

        assertThat(header).containsExactly("event_id", "p_click", "p_convert");
        assertThat(truthIds).isEqualTo(impressionIds);
    }

    @Test
    void entityFilesHaveTheirColumns() {
        assertThat(String.join(",", CsvRows.header(dir.resolve("items.csv")))).isEqualTo(EntityWriter.ITEMS_HEADER);
        assertThat(items).hasSize(CFG.items()).allSatisfy((id, r) -> {
            assertThat(r).hasSize(7);
            assertThat(r.get(1)).isEqualTo(CFG.tenantId());
            assertThat(r.get(3).split("\\|")).hasSizeBetween(1, 3);
            assertThat(Double.parseDouble(r.get(4))).isPositive();
            assertThat(r.get(5)).matches("[A-Z][a-z]+ [a-z ]+ \\d+");
        });
        assertThat(items.values()).anySatisfy(r -> assertThat(r.get(6)).contains("\"Editor's pick\""));

        assertThat(String.join(",", CsvRows.header(dir.resolve("ads.csv")))).isEqualTo(EntityWriter.ADS_HEADER);
        assertThat(ads).hasSize(CFG.ads()).allSatisfy((id, r) -> {
            assertThat(r).hasSize(7);
            assertThat(r.get(4)).isIn("banner", "native", "video");
            assertThat(Double.parseDouble(r.get(5))).isBetween(0.5, 8.0);
            assertThat(items.get(r.get(6)).get(2))
                    .as("landing item in the ad's category")
                    .isEqualTo(r.get(3));
        });

        List<List<String>> userRows = CsvRows.all(dir.resolve("users.csv"));
        assertThat(String.join(",", CsvRows.header(dir.resolve("users.csv")))).isEqualTo(EntityWriter.USERS_HEADER);
        assertThat(userRows).hasSize(CFG.users() + UserPopulation.BOTS).allSatisfy(r -> {
            assertThat(r).hasSize(7);
            assertThat(r.subList(2, 5)).allMatch(b -> b.equals("true") || b.equals("false"));
            assertThat(Instant.parse(r.get(5))).isBefore(CFG.start());
        });
    }

    @Test
    void truthFilesDescribeEveryAccount() throws IOException {
        Map<String, String> persona = new HashMap<>();
        CsvRows.forEach(dir.resolve("truth/personas.csv"), r -> persona.put(r.get(0), r.get(1)));
        List<String> bots = CsvRows.all(dir.resolve("truth/bots.csv")).stream()
                .map(r -> r.get(0))
                .toList();
        JsonNode defs = new ObjectMapper()
                .readTree(dir.resolve("truth/persona_definitions.json").toFile());

        assertThat(persona.keySet()).isEqualTo(users);
        assertThat(bots)
                .hasSize(UserPopulation.BOTS)
                .allSatisfy(b -> assertThat(persona.get(b)).isEqualTo("bot"));
        assertThat(defs).hasSize(CFG.personas());
        int sizes = 0;
        for (JsonNode d : defs) {
            String name = d.get("name").asText();
            sizes += d.get("size").asInt();
            assertThat(persona.values().stream().filter(name::equals).count())
                    .isEqualTo(d.get("size").asLong());
            assertThat(d.get("category_weights")).hasSize(Category.COUNT);
            assertThat(d.get("rhythm_local_hour_weights")).hasSize(24);
            assertThat(d.get("top_categories")).hasSize(3);
        }
        assertThat(sizes).isEqualTo(CFG.users());
        assertThat(owner.values()).containsAll(users);
    }
}
