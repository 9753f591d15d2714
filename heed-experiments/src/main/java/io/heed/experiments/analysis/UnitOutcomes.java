package io.heed.experiments.analysis;

/**
 * What each unit of one variant did after its first exposure, one array entry per unit: ad impressions, ad clicks,
 * revenue and conversions. All arrays have the same length (the number of exposed units).
 */
public record UnitOutcomes(double[] impressions, double[] clicks, double[] revenue, double[] conversions) {
    public UnitOutcomes {
        int n = impressions.length;
        if (clicks.length != n || revenue.length != n || conversions.length != n) {
            throw new IllegalArgumentException("unit outcome arrays differ in length");
        }
        for (int i = 0; i < n; i++) {
            if (!(impressions[i] >= 0 && clicks[i] >= 0 && conversions[i] >= 0)
                    || !Double.isFinite(revenue[i])
                    || !Double.isFinite(impressions[i] + clicks[i] + conversions[i])) {
                throw new IllegalArgumentException("unit " + i + " has a negative or non-finite outcome");
            }
        }
    }

    public int units() {
        return impressions.length;
    }
}
