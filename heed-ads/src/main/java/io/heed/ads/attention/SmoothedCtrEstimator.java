package io.heed.ads.attention;

import io.heed.ads.port.AttentionEstimator;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Click and conversion rates smoothed down a hierarchy of Beta priors: all campaigns → one campaign → one
 * (campaign, persona). Each level's posterior mean {@code (successes + s·parentMean) / (trials + s)} is the next
 * level's prior mean, with prior strength {@code s}; so a new campaign starts at the global rate and a rare persona
 * at its campaign's rate. Learns online from tracked outcomes ({@link Feedback}).
 */
public final class SmoothedCtrEstimator implements AttentionEstimator, AttentionEstimator.Feedback {
    private final double priorCtr;
    private final double priorCvr;
    private final double strength;
    private final Counts global = new Counts();
    private final ConcurrentHashMap<String, CampaignCounts> byCampaign = new ConcurrentHashMap<>();

    /**
     * @param priorCtr  global click rate before any data
     * @param priorCvr  global conversion-per-click rate before any data
     * @param strength  prior strength in pseudo-impressions (pseudo-clicks for conversions), e.g. 200
     */
    public SmoothedCtrEstimator(double priorCtr, double priorCvr, double strength) {
        if (!(priorCtr > 0 && priorCtr < 1) || !(priorCvr > 0 && priorCvr < 1) || !(strength > 0)) {
            throw new IllegalArgumentException("priors must be in (0, 1) and strength > 0");
        }
        this.priorCtr = priorCtr;
        this.priorCvr = priorCvr;
        this.strength = strength;
    }

    public static SmoothedCtrEstimator defaults() {
        return new SmoothedCtrEstimator(0.01, 0.05, 200);
    }

    @Override
    public Attention estimate(Query q) {
        return estimate(q, global.ctr(priorCtr, strength), global.cvr(priorCvr, strength));
    }

    /** The global rates once per request, not per candidate (each is a sum over striped counters). */
    @Override
    public java.util.List<Attention> estimateAll(java.util.List<Query> queries) {
        double gCtr = global.ctr(priorCtr, strength);
        double gCvr = global.cvr(priorCvr, strength);
        java.util.List<Attention> out = new java.util.ArrayList<>(queries.size());
        for (Query q : queries) {
            out.add(estimate(q, gCtr, gCvr));
        }
        return out;
    }

    /** As above into arrays (the serving path): no object per candidate. */
    @Override
    public void estimateAll(Batch batch, double[] pClick, double[] pConvert) {
        double gCtr = global.ctr(priorCtr, strength);
        double gCvr = global.cvr(priorCvr, strength);
        for (int k = 0; k < batch.size(); k++) {
            estimateInto(batch.campaignIds()[k], batch.persona(), gCtr, gCvr, pClick, pConvert, k);
        }
    }

    private Attention estimate(Query q, double gCtr, double gCvr) {
        double[] pClick = new double[1];
        double[] pConvert = new double[1];
        estimateInto(q.campaignId(), q.persona(), gCtr, gCvr, pClick, pConvert, 0);
        return new Attention(pClick[0], pConvert[0]);
    }

    /** The one smoothing rule: global → campaign → campaign × persona, each level shrunk towards the one above. */
    private void estimateInto(
            String campaignId, String persona, double gCtr, double gCvr, double[] pClick, double[] pConvert, int k) {
        CampaignCounts c = byCampaign.isEmpty() ? null : byCampaign.get(campaignId);
        if (c == null) {
            pClick[k] = gCtr;
            pConvert[k] = gCvr;
            return;
        }
        double cCtr = c.total.ctr(gCtr, strength);
        double cCvr = c.total.cvr(gCvr, strength);
        Counts p = persona == null ? null : c.byPersona.get(persona);
        pClick[k] = p == null ? cCtr : p.ctr(cCtr, strength);
        pConvert[k] = p == null ? cCvr : p.cvr(cCvr, strength);
    }

    @Override
    public void impression(String campaignId, String persona) {
        for (Counts k : levels(campaignId, persona)) {
            if (k != null) {
                k.impressions.increment();
            }
        }
    }

    @Override
    public void click(String campaignId, String persona) {
        for (Counts k : levels(campaignId, persona)) {
            if (k != null) {
                k.clicks.increment();
            }
        }
    }

    @Override
    public void conversion(String campaignId, String persona) {
        for (Counts k : levels(campaignId, persona)) {
            if (k != null) {
                k.conversions.increment();
            }
        }
    }

    private Counts[] levels(String campaignId, String persona) {
        CampaignCounts c = byCampaign.computeIfAbsent(campaignId, id -> new CampaignCounts());
        Counts p = persona == null ? null : c.byPersona.computeIfAbsent(persona, x -> new Counts());
        return new Counts[] {global, c.total, p};
    }

    private static final class CampaignCounts {
        final Counts total = new Counts();
        final ConcurrentHashMap<String, Counts> byPersona = new ConcurrentHashMap<>();
    }

    private static final class Counts {
        final LongAdder impressions = new LongAdder();
        final LongAdder clicks = new LongAdder();
        final LongAdder conversions = new LongAdder();

        double ctr(double priorMean, double s) {
            double n = impressions.sum();
            // clicks can race ahead of impressions by a beacon or two; never report more than 1
            return Math.min(1, (clicks.sum() + s * priorMean) / (n + s));
        }

        double cvr(double priorMean, double s) {
            return Math.min(1, (conversions.sum() + s * priorMean) / (clicks.sum() + s));
        }
    }
}
