package io.heed.recsys.cold;

import io.heed.recsys.Interactions;
import io.heed.recsys.RecModel;
import io.heed.recsys.RecTrainer;
import io.heed.recsys.TopK;
import io.heed.recsys.eval.RankingMetrics;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Measures the two cold-start paths, each against the baseline it replaces, by NDCG@10:
 * <ul>
 * <li>new users: a seeded {@code fraction} of users (with 2+ interactions) is removed from training entirely; each
 * is ranked the trained items by its persona's popularity and by overall popularity, against its whole history;</li>
 * <li>new items: a seeded {@code fraction} of items loses all its interactions from training; for each user who had
 * any of them, only those cold items are ranked, by {@link NewItemScorer} over a model trained on the rest, and in
 * a seeded random order (what a system without content would do).</li>
 * </ul>
 */
public final class ColdStartEvaluation {
    private ColdStartEvaluation() {}

    public record Result(int users, double ndcg10, double baselineNdcg10) {}

    public static Result newUsers(
            Interactions data, Map<String, Integer> personaOf, int personas, double fraction, long seed) {
        Random rnd = new Random(seed);
        boolean[] cold = new boolean[data.numUsers()];
        for (int u = 0; u < cold.length; u++) {
            cold[u] = data.rowLength(u) >= 2 && rnd.nextDouble() < fraction;
        }
        Interactions train = keep(data, (u, i) -> !cold[u]);
        PersonaPopularity pp = PersonaPopularity.fit(train, personaOf, personas);
        double ours = 0;
        double base = 0;
        int n = 0;
        int[] top = new int[10];
        for (int u = 0; u < cold.length; u++) {
            if (!cold[u]) {
                continue;
            }
            int[] truth = data.row(u);
            Integer p = personaOf.get(data.users().id(u));
            ours += ndcg(pp.scores(p == null ? -1 : p), truth, top);
            base += ndcg(pp.scores(-1), truth, top);
            n++;
        }
        requireSome(n, "users");
        return new Result(n, ours / n, base / n);
    }

    public static Result newItems(
            Interactions data,
            List<ItemContent> content,
            RecTrainer trainer,
            double fraction,
            int neighbours,
            long seed) {
        Random rnd = new Random(seed);
        boolean[] cold = new boolean[data.numItems()];
        for (int i = 0; i < cold.length; i++) {
            cold[i] = rnd.nextDouble() < fraction;
        }
        Interactions train = keep(data, (u, i) -> !cold[i]);
        RecModel model = trainer.fit(train, "cold-item split, seed " + seed);
        NewItemScorer scorer = new NewItemScorer(model, ContentSimilarity.fit(content), neighbours);
        List<String> coldIds = new ArrayList<>();
        int[] coldIdx = new int[cold.length];
        for (int i = 0; i < cold.length; i++) {
            if (cold[i]) {
                coldIdx[coldIds.size()] = i;
                coldIds.add(data.items().id(i));
            }
        }
        double ours = 0;
        double base = 0;
        int n = 0;
        int[] top = new int[10];
        for (int u = 0; u < data.numUsers(); u++) {
            List<Integer> truthList = new ArrayList<>();
            for (int p = data.rowStart(u); p < data.rowEnd(u); p++) {
                int item = data.itemIndices()[p];
                if (cold[item]) {
                    truthList.add(Arrays.binarySearch(coldIdx, 0, coldIds.size(), item));
                }
            }
            if (truthList.isEmpty() || model.users().indexOf(data.users().id(u)) < 0 || train.rowLength(u) == 0) {
                continue;
            }
            int[] truth =
                    truthList.stream().mapToInt(Integer::intValue).sorted().toArray();
            ours += ndcg(scorer.score(data.users().id(u), coldIds), truth, top);
            float[] random = new float[coldIds.size()];
            for (int j = 0; j < random.length; j++) {
                random[j] = rnd.nextFloat();
            }
            base += ndcg(random, truth, top);
            n++;
        }
        requireSome(n, "users with cold items");
        return new Result(n, ours / n, base / n);
    }

    private static double ndcg(float[] scores, int[] truth, int[] top) {
        int k = TopK.select(scores, top.length, top);
        return RankingMetrics.ndcg(top, k, truth, 10);
    }

    private static void requireSome(int n, String what) {
        if (n == 0) {
            throw new IllegalArgumentException("the cold-start split left no " + what + " to evaluate");
        }
    }

    private interface Keep {
        boolean test(int user, int item);
    }

    /** The same id spaces with only the kept interactions. */
    private static Interactions keep(Interactions d, Keep keep) {
        int[] start = new int[d.numUsers() + 1];
        int[] idx = new int[d.nnz()];
        float[] w = new float[d.nnz()];
        long[] t = d.timeValues() == null ? null : new long[d.nnz()];
        int q = 0;
        for (int u = 0; u < d.numUsers(); u++) {
            for (int p = d.rowStart(u); p < d.rowEnd(u); p++) {
                if (keep.test(u, d.itemIndices()[p])) {
                    idx[q] = d.itemIndices()[p];
                    w[q] = d.weightValues()[p];
                    if (t != null) {
                        t[q] = d.timeValues()[p];
                    }
                    q++;
                }
            }
            start[u + 1] = q;
        }
        return new Interactions(
                d.users(),
                d.items(),
                start,
                Arrays.copyOf(idx, q),
                Arrays.copyOf(w, q),
                t == null ? null : Arrays.copyOf(t, q));
    }
}
