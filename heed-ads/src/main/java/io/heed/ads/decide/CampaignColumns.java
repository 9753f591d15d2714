package io.heed.ads.decide;

import io.heed.ads.model.AdFormat;
import io.heed.ads.model.Campaign;
import io.heed.ads.model.Creative;
import io.heed.ads.model.Pricing;
import io.heed.ads.model.Schedule;
import java.util.List;

/**
 * What the filter and score loop reads about the servable campaigns, as one array per field indexed by the
 * snapshot's campaign index (structure of arrays). A profile showed the loop spending its time on cache misses
 * while walking ~120 scattered campaign, schedule, creative and spend objects per request; here a candidate's
 * schedule, budgets, bid and creatives sit in a few dense arrays, and only the spend and pacing records (mutable,
 * shared with the ledger and the pacer) are objects. Immutable apart from those records; built with the snapshot.
 */
final class CampaignColumns {
    final Campaign[] campaign;
    final String[] id;
    /** {@code id[i].hashCode()}, for the pacing draw without touching the string. */
    final int[] idHash;

    final Pricing[] pricing;
    final double[] bid;
    final long[] startMillis;
    final long[] endMillis;
    final int[] hoursMask;
    final long[] totalBudgetMicros;
    final long[] dailyBudgetMicros;
    final boolean[] capped;
    final BudgetLedger.Spend[] spend;
    final Pacer.State[] pace;
    /** Campaign i's active creatives, best first, are {@code creative[creativeFrom[i] .. creativeFrom[i+1])}. */
    final int[] creativeFrom;

    final Creative[] creative;
    final AdFormat[] creativeFormat;
    final int[] creativeWidth;
    final int[] creativeHeight;
    final double[] creativeQuality;

    CampaignColumns(List<CompiledCampaign> servable) {
        int n = servable.size();
        campaign = new Campaign[n];
        id = new String[n];
        idHash = new int[n];
        pricing = new Pricing[n];
        bid = new double[n];
        startMillis = new long[n];
        endMillis = new long[n];
        hoursMask = new int[n];
        totalBudgetMicros = new long[n];
        dailyBudgetMicros = new long[n];
        capped = new boolean[n];
        spend = new BudgetLedger.Spend[n];
        pace = new Pacer.State[n];
        creativeFrom = new int[n + 1];
        int creatives = servable.stream().mapToInt(c -> c.creatives().size()).sum();
        creative = new Creative[creatives];
        creativeFormat = new AdFormat[creatives];
        creativeWidth = new int[creatives];
        creativeHeight = new int[creatives];
        creativeQuality = new double[creatives];
        int k = 0;
        for (CompiledCampaign cc : servable) {
            int i = cc.index();
            Campaign c = cc.campaign();
            campaign[i] = c;
            id[i] = c.id();
            idHash[i] = c.id().hashCode();
            pricing[i] = c.pricing();
            bid[i] = c.bid();
            startMillis[i] = c.schedule().start().toEpochMilli();
            endMillis[i] = c.schedule().end().toEpochMilli();
            hoursMask[i] = c.schedule().hoursMask();
            totalBudgetMicros[i] = BudgetLedger.micros(c.totalBudget());
            dailyBudgetMicros[i] = BudgetLedger.micros(c.dailyBudget());
            capped[i] = !c.frequencyCaps().isEmpty();
            spend[i] = cc.spend();
            pace[i] = cc.pace();
            creativeFrom[i] = k;
            for (Creative cr : cc.creatives()) {
                creative[k] = cr;
                creativeFormat[k] = cr.format();
                creativeWidth[k] = cr.width();
                creativeHeight[k] = cr.height();
                creativeQuality[k] = cr.quality();
                k++;
            }
        }
        creativeFrom[n] = k;
    }

    int size() {
        return campaign.length;
    }

    /** As {@link io.heed.ads.model.Schedule#activeAt}. */
    boolean activeAt(int i, long now) {
        return Schedule.activeAt(startMillis[i], endMillis[i], hoursMask[i], now);
    }

    /** The index of campaign i's best creative that fits the slot (as {@link Creative#fits}), or -1. */
    int creativeFor(int i, AdFormat format, int width, int height) {
        for (int k = creativeFrom[i], end = creativeFrom[i + 1]; k < end; k++) {
            if (Creative.fits(creativeFormat[k], creativeWidth[k], creativeHeight[k], format, width, height)) {
                return k;
            }
        }
        return -1;
    }

    /** As {@link BudgetLedger#exhausted} for one micro-unit: nothing left today or in total (lock-free, may be stale). */
    boolean exhausted(int i, long now) {
        return BudgetLedger.exhausted(spend[i], totalBudgetMicros[i], dailyBudgetMicros[i], now, 1);
    }
}
