package io.heed.profiles.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class FpGrowthTest {
    /** The textbook example (Han et al.): five baskets over a, b, c, d, e. */
    private static final List<List<String>> SMALL = List.of(
            List.of("bread", "milk"),
            List.of("bread", "diapers", "beer", "eggs"),
            List.of("milk", "diapers", "beer", "cola"),
            List.of("bread", "milk", "diapers", "beer"),
            List.of("bread", "milk", "diapers", "cola"));

    @Test
    void smallExampleGivesTheHandCountedItemsetsAndRules() {
        // given support >= 3 of 5 baskets, confidence >= 0.6
        FpGrowth fp = new FpGrowth(RuleConfig.of(0.6, 0.6));
        // when
        FpGrowth.Itemsets sets = fp.itemsets(SMALL);
        List<AssociationRule> rules = fp.rules(sets);
        // then: frequent itemsets bread 4, milk 4, diapers 4, beer 3, and the pairs {bread,milk} {bread,diapers}
        // {milk,diapers} 3, {diapers,beer} 3; no triple reaches 3
        assertThat(sets.counts()).hasSize(8);
        assertThat(sets.counts().keySet().stream()
                        .mapToInt(k -> k.ids().length)
                        .max()
                        .orElseThrow())
                .isEqualTo(2);
        AssociationRule beerDiapers = rules.stream()
                .filter(r -> r.toString().equals("{beer} => {diapers}"))
                .findFirst()
                .orElseThrow();
        assertThat(beerDiapers.confidence()).isEqualTo(1.0);
        assertThat(beerDiapers.support()).isEqualTo(0.6);
        assertThat(beerDiapers.lift()).isCloseTo(1.25, within(1e-12));
        assertThat(rules).hasSize(8); // each of the 4 pairs both ways: conf 3/4 or 3/3 >= 0.6
        assertThat(rules.get(0).toString()).isEqualTo("{beer} => {diapers}");
    }

    @Test
    void duplicateItemsInABasketCountOnce() {
        FpGrowth fp = new FpGrowth(RuleConfig.of(0.5, 0.5));
        List<AssociationRule> rules = fp.rules(List.of(List.of("a", "a", "b"), List.of("a", "b"), List.of("c")));
        assertThat(rules).extracting(AssociationRule::count).containsOnly(2L);
    }

    @Test
    void invalidThresholdsAreRejected() {
        assertThatThrownBy(() -> RuleConfig.of(0, 0.5)).hasMessageContaining("minSupport");
        assertThatThrownBy(() -> new RuleConfig(0.1, 0.5, 1, 3)).hasMessageContaining("minLen");
    }

    static Path groceries() {
        String base = System.getProperty("heed.shared.data", "../shared/data");
        Path f = Path.of(base, "groceries", "groceries.csv");
        Assumptions.assumeTrue(
                Files.exists(f),
                "groceries data absent at " + f.toAbsolutePath()
                        + " (set -Dheed.shared.data); skipping the arules comparison");
        return f;
    }

    static List<List<String>> baskets(Path f) throws IOException {
        return Files.readAllLines(f).stream()
                .filter(l -> !l.isBlank())
                .map(l -> Arrays.asList(l.split(",")))
                .collect(Collectors.toList());
    }

    @Test
    void groceriesMatchesArulesAtLantzSettings() throws IOException {
        // given Lantz ch. 8: apriori(support = 0.006, confidence = 0.25, minlen = 2) gives 463 rules
        List<List<String>> b = baskets(groceries());
        assertThat(b).hasSize(9835);
        // when
        List<AssociationRule> rules = new FpGrowth(RuleConfig.of(0.006, 0.25)).rules(b);
        // then
        assertThat(rules).hasSize(463);
        AssociationRule top = rules.get(0);
        assertThat(top.toString()).isEqualTo("{herbs} => {root vegetables}");
        assertThat(top.support()).isCloseTo(0.007015760, within(1e-8));
        assertThat(top.confidence()).isCloseTo(0.4312500, within(1e-7));
        assertThat(top.lift()).isCloseTo(3.956477, within(1e-6));
        assertThat(rules.get(1).toString()).isEqualTo("{berries} => {whipped/sour cream}");
        assertThat(rules.get(1).lift()).isCloseTo(3.796886, within(1e-6));
    }

    @Test
    void groceriesMatchesArulesAtTutorialSettings() throws IOException {
        // given apriori(Groceries, supp = 0.001, conf = 0.8) gives 410 rules
        List<List<String>> b = baskets(groceries());
        // when
        List<AssociationRule> rules = new FpGrowth(RuleConfig.of(0.001, 0.8)).rules(b);
        // then
        assertThat(rules).hasSize(410);
        AssociationRule top = rules.get(0);
        assertThat(top.toString()).isEqualTo("{liquor, red/blush wine} => {bottled beer}");
        assertThat(top.support()).isCloseTo(0.001932, within(1e-6));
        assertThat(top.confidence()).isCloseTo(0.904762, within(1e-6));
        assertThat(top.lift()).isCloseTo(11.235269, within(1e-6));
    }
}
