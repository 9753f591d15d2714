package io.heed.recsys.eval;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Averages over users with at least one test item. {@code coverage10} is the share of candidate items that appear
 * in at least one user's top 10. {@code novelty10} is the mean self-information −log2(p(i)) of the recommended
 * items, p(i) = share of training users who interacted with item i (Zhou et al. 2010); {@code arp10} is the average
 * recommendation popularity, the mean p(i) of the recommended items (Abdollahpouri et al. 2019, as a share so it
 * compares across data sets): higher means a stronger popularity bias.
 */
public record EvalResult(
        int users,
        double recall10,
        double ndcg10,
        double map10,
        double mrr10,
        double recall20,
        double coverage10,
        double novelty10,
        double arp10) {

    public Map<String, Double> asMap() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("recall10", recall10);
        m.put("ndcg10", ndcg10);
        m.put("map10", map10);
        m.put("mrr10", mrr10);
        m.put("recall20", recall20);
        m.put("coverage10", coverage10);
        m.put("novelty10", novelty10);
        m.put("arp10", arp10);
        return m;
    }
}
