package io.heed.profiles.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * FP-Growth (Han, Pei and Yin 2000): one pass counts items, a second builds the FP-tree of baskets with items in
 * descending frequency, and conditional trees are mined recursively. Items are interned to ints; itemsets are kept
 * as sorted int arrays with their counts, from which {@link #rules} derives every single-consequent rule.
 */
public final class FpGrowth {
    private final RuleConfig cfg;

    public FpGrowth(RuleConfig cfg) {
        this.cfg = cfg;
    }

    /** Frequent itemsets (as item names, sorted) with their basket counts. */
    public record Itemsets(List<String> items, int baskets, Map<IntKey, Long> counts) {}

    /** Sorted item ids used as a map key. */
    public record IntKey(int[] ids) {
        @Override
        public boolean equals(Object o) {
            return o instanceof IntKey k && Arrays.equals(ids, k.ids);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(ids);
        }
    }

    /** Mines frequent itemsets of 1..maxLen items. */
    public Itemsets itemsets(Collection<? extends Collection<String>> baskets) {
        Map<String, Integer> ids = new HashMap<>();
        List<String> names = new ArrayList<>();
        List<int[]> txs = new ArrayList<>(baskets.size());
        for (Collection<String> b : baskets) {
            Set<String> distinct = new LinkedHashSet<>(b);
            int[] t = new int[distinct.size()];
            int i = 0;
            for (String s : distinct) {
                Integer id = ids.get(s);
                if (id == null) {
                    id = names.size();
                    ids.put(s, id);
                    names.add(s);
                }
                t[i++] = id;
            }
            txs.add(t);
        }
        int nItems = names.size();
        long[] freq = new long[nItems];
        for (int[] t : txs) {
            for (int id : t) {
                freq[id]++;
            }
        }
        long minCount = minCount(baskets.size());
        // rank items by descending frequency (ties by name) for the tree order
        Integer[] order = new Integer[nItems];
        for (int i = 0; i < nItems; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.<Integer>comparingLong(i -> -freq[i]).thenComparing(names::get));
        int[] rank = new int[nItems];
        for (int r = 0; r < nItems; r++) {
            rank[order[r]] = r;
        }
        FpTree tree = new FpTree(nItems);
        for (int[] t : txs) {
            int[] kept = Arrays.stream(t)
                    .filter(id -> freq[id] >= minCount)
                    .boxed()
                    .sorted(Comparator.comparingInt(id -> rank[id]))
                    .mapToInt(Integer::intValue)
                    .toArray();
            tree.insert(kept, kept.length, 1);
        }
        Map<IntKey, Long> out = new HashMap<>();
        mine(tree, new int[0], minCount, out);
        return new Itemsets(List.copyOf(names), baskets.size(), out);
    }

    long minCount(int baskets) {
        // arules: an itemset is frequent when count >= support * n (compared in counts, rounded up)
        return Math.max(1, (long) Math.ceil(cfg.minSupport() * baskets - 1e-9));
    }

    private void mine(FpTree tree, int[] suffix, long minCount, Map<IntKey, Long> out) {
        for (int item = 0; item < tree.heads.length; item++) {
            long support = tree.support(item);
            if (support < minCount) {
                continue;
            }
            int[] set = Arrays.copyOf(suffix, suffix.length + 1);
            set[suffix.length] = item;
            int[] sorted = set.clone();
            Arrays.sort(sorted);
            out.put(new IntKey(sorted), support);
            if (set.length >= cfg.maxLen()) {
                continue;
            }
            FpTree cond = tree.conditional(item, minCount);
            if (cond != null) {
                mine(cond, set, minCount, out);
            }
        }
    }

    /** Rules with one item on the right, sorted by lift, then confidence, then support (descending). */
    public List<AssociationRule> rules(Collection<? extends Collection<String>> baskets) {
        return rules(itemsets(baskets));
    }

    public List<AssociationRule> rules(Itemsets sets) {
        double n = sets.baskets();
        List<AssociationRule> rules = new ArrayList<>();
        for (Map.Entry<IntKey, Long> e : sets.counts().entrySet()) {
            int[] ids = e.getKey().ids();
            if (ids.length < cfg.minLen() || ids.length > cfg.maxLen()) {
                continue;
            }
            long both = e.getValue();
            for (int r = 0; r < ids.length; r++) {
                int[] lhs = new int[ids.length - 1];
                for (int i = 0, j = 0; i < ids.length; i++) {
                    if (i != r) {
                        lhs[j++] = ids[i];
                    }
                }
                Long lhsCount = sets.counts().get(new IntKey(lhs));
                Long rhsCount = sets.counts().get(new IntKey(new int[] {ids[r]}));
                double conf = (double) both / lhsCount;
                if (conf + 1e-12 < cfg.minConfidence()) {
                    continue;
                }
                List<String> l = new ArrayList<>();
                for (int id : lhs) {
                    l.add(sets.items().get(id));
                }
                l.sort(null);
                rules.add(
                        new AssociationRule(l, sets.items().get(ids[r]), both, both / n, conf, conf / (rhsCount / n)));
            }
        }
        rules.sort(Comparator.comparingDouble(AssociationRule::lift)
                .reversed()
                .thenComparing(
                        Comparator.comparingDouble(AssociationRule::confidence).reversed())
                .thenComparing(
                        Comparator.comparingDouble(AssociationRule::support).reversed())
                .thenComparing(AssociationRule::toString));
        return rules;
    }

    /** A prefix tree of baskets with per-item node chains. */
    static final class FpTree {
        static final class Node {
            final int item;
            final Node parent;
            long count;
            Node next;
            Map<Integer, Node> children;

            Node(int item, Node parent) {
                this.item = item;
                this.parent = parent;
            }
        }

        final Node root = new Node(-1, null);
        final Node[] heads;

        FpTree(int items) {
            heads = new Node[items];
        }

        void insert(int[] path, int len, long count) {
            Node cur = root;
            for (int i = 0; i < len; i++) {
                int item = path[i];
                if (cur.children == null) {
                    cur.children = new HashMap<>(4);
                }
                Node child = cur.children.get(item);
                if (child == null) {
                    child = new Node(item, cur);
                    cur.children.put(item, child);
                    child.next = heads[item];
                    heads[item] = child;
                }
                child.count += count;
                cur = child;
            }
        }

        long support(int item) {
            long s = 0;
            for (Node n = heads[item]; n != null; n = n.next) {
                s += n.count;
            }
            return s;
        }

        /** The tree of prefix paths ending in {@code item}, keeping only items frequent within them. */
        FpTree conditional(int item, long minCount) {
            long[] freq = new long[heads.length];
            boolean any = false;
            for (Node n = heads[item]; n != null; n = n.next) {
                for (Node p = n.parent; p.item >= 0; p = p.parent) {
                    freq[p.item] += n.count;
                    any = true;
                }
            }
            if (!any) {
                return null;
            }
            FpTree t = new FpTree(heads.length);
            int[] buf = new int[64];
            for (Node n = heads[item]; n != null; n = n.next) {
                int len = 0;
                for (Node p = n.parent; p.item >= 0; p = p.parent) {
                    if (freq[p.item] >= minCount) {
                        if (len == buf.length) {
                            buf = Arrays.copyOf(buf, len * 2);
                        }
                        buf[len++] = p.item;
                    }
                }
                // reverse: root-first order
                for (int a = 0, b = len - 1; a < b; a++, b--) {
                    int tmp = buf[a];
                    buf[a] = buf[b];
                    buf[b] = tmp;
                }
                if (len > 0) {
                    t.insert(buf, len, n.count);
                }
            }
            return t;
        }
    }
}
