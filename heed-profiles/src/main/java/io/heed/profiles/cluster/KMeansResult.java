package io.heed.profiles.cluster;

/**
 * A fitted partition: {@code k} centroids of {@code d} dimensions (row-major), a label per row, the within-cluster
 * sum of squared distances ({@code inertia}), Lloyd iterations run and whether labels stopped changing.
 */
public record KMeansResult(
        int k,
        int d,
        double[] centroids,
        int[] labels,
        double inertia,
        int iterations,
        boolean converged,
        int reseeded) {

    /** Rows per cluster. */
    public int[] sizes() {
        int[] s = new int[k];
        for (int l : labels) {
            s[l]++;
        }
        return s;
    }
}
