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
    private final int size;
    private final Map<AdFormat, long[]> byFormat = new EnumMap<>(AdFormat.class);
    private final Dimension personas;
    private final Dimension segments;
    private final Dimension contexts;
    private final Dimension geos;
    private final Dimension devices;

    EligibilityIndex(List<CompiledCampaign> campaigns) {
        this.size = campaigns.size();
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

    /** A fresh bit set of the campaigns whose targeting accepts the request, for a slot of {@code format}. */
    long[] candidates(AdFormat format, DecisionRequest r) {
        long[] acc = byFormat.get(format).clone();
        boolean personal = r.personalised();
        Bits.andOr(acc, personal ? personas.values.get(r.persona()) : null, personas.any);
        if (personal && !r.segments().isEmpty()) {
            long[] seg = Bits.of(size);
            Bits.or(seg, segments.any);
            for (String s : r.segments()) {
                long[] b = segments.values.get(s);
                if (b != null) {
                    Bits.or(seg, b);
                }
            }
            Bits.andOr(acc, seg, null);
        } else {
            Bits.andOr(acc, segments.any, null);
        }
        Bits.andOr(acc, contexts.values.get(r.context()), contexts.any);
        Bits.andOr(acc, geos.values.get(r.geo()), geos.any);
        Bits.andOr(acc, devices.values.get(r.device()), devices.any);
        return acc;
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
