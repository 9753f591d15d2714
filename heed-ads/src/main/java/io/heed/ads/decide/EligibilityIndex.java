package io.heed.ads.decide;

import io.heed.ads.model.AdFormat;
import io.heed.ads.model.Targeting;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * An inverted index from targeting values to campaigns, as bit sets over the snapshot's campaign indices. For each
 * dimension, a campaign is in the bit set of every value it accepts, or in the dimension's "any" set when it does
 * not restrict it. The candidates for a request are the AND, over dimensions, of (value set OR any set): a few
 * hundred word operations for 10,000 campaigns instead of testing every campaign's rules.
 *
 * <p>Without personal data (no advertising consent) the persona and segment dimensions contribute only their
 * "any" sets: campaigns that target personas or segments are not eligible.
 */
final class EligibilityIndex {
    /** All zeros: the set of a value no campaign names. */
    private final long[] empty;

    private final Map<AdFormat, long[]> byFormat = new EnumMap<>(AdFormat.class);
    private final Dimension personas;
    private final Dimension segments;
    private final Dimension contexts;
    private final Dimension geos;
    private final Dimension devices;

    EligibilityIndex(List<CompiledCampaign> campaigns) {
        int size = campaigns.size();
        this.empty = Bits.of(size);
        for (AdFormat f : AdFormat.values()) {
            byFormat.put(f, Bits.of(size));
        }
        for (CompiledCampaign c : campaigns) {
            c.creatives().forEach(cr -> Bits.set(byFormat.get(cr.format()), c.index()));
        }
        personas = new Dimension(campaigns, Targeting::personas);
        segments = new Dimension(campaigns, Targeting::segments);
        contexts = new Dimension(campaigns, Targeting::contexts);
        geos = new Dimension(campaigns, Targeting::geos);
        devices = new Dimension(campaigns, Targeting::devices);
    }

    /**
     * A fresh bit set of the campaigns whose targeting accepts the request, for a slot of {@code format}: one pass
     * over the words, ANDing every dimension's (value set OR any set) in registers (a pass per dimension wrote and
     * re-read the whole accumulator five times).
     */
    long[] candidates(AdFormat format, DecisionRequest r) {
        boolean personal = r.personalised();
        long[] fmt = byFormat.get(format);
        long[] persona = orEmpty(personal ? personas.values.get(r.persona()) : null);
        long[] segment = personal && !r.segments().isEmpty() ? segmentsOf(r) : segments.any;
        long[] context = orEmpty(contexts.values.get(r.context()));
        long[] geo = orEmpty(geos.values.get(r.geo()));
        long[] device = orEmpty(devices.values.get(r.device()));
        long[] pAny = personas.any;
        long[] cAny = contexts.any;
        long[] gAny = geos.any;
        long[] dAny = devices.any;
        long[] acc = new long[fmt.length];
        for (int w = 0; w < acc.length; w++) {
            acc[w] = fmt[w]
                    & segment[w]
                    & (persona[w] | pAny[w])
                    & (context[w] | cAny[w])
                    & (geo[w] | gAny[w])
                    & (device[w] | dAny[w]);
        }
        return acc;
    }

    /** Campaigns accepting any of the request's segments, or not targeting segments. */
    private long[] segmentsOf(DecisionRequest r) {
        long[] seg = segments.any.clone();
        for (String s : r.segments()) {
            long[] b = segments.values.get(s);
            if (b != null) {
                Bits.or(seg, b);
            }
        }
        return seg;
    }

    private long[] orEmpty(long[] bits) {
        return bits == null ? empty : bits;
    }

    /** One targeting dimension: value → campaigns accepting it, and the campaigns accepting any value. */
    private static final class Dimension {
        final Map<String, long[]> values = new HashMap<>();
        final long[] any;

        Dimension(List<CompiledCampaign> campaigns, Function<Targeting, Set<String>> accepted) {
            any = Bits.of(campaigns.size());
            for (CompiledCampaign c : campaigns) {
                Collection<String> vs = accepted.apply(c.campaign().targeting());
                if (vs.isEmpty()) {
                    Bits.set(any, c.index());
                }
                for (String v : vs) {
                    Bits.set(values.computeIfAbsent(v, k -> Bits.of(campaigns.size())), c.index());
                }
            }
        }
    }
}
