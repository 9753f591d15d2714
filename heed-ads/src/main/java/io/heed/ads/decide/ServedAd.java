package io.heed.ads.decide;

import io.heed.ads.model.Creative;

/**
 * A winner: its slot position (0-based), its candidate line, the second price it pays in its own pricing unit
 * ({@code price}: per mille, per click or per conversion) and as eCPM ({@code clearingEcpm}), what was charged at
 * decision time ({@code chargedMicros}, CPM only; CPC and CPA are charged when the click or conversion is
 * tracked) and the probability with which the pacing throttles put it in this position ({@code propensity}).
 */
public record ServedAd(
        int position,
        Candidate candidate,
        Creative creative,
        double price,
        double clearingEcpm,
        long chargedMicros,
        double propensity) {}
