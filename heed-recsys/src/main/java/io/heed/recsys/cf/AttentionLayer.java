package io.heed.recsys.cf;

/**
 * The embedding model's linear attention over a user's recent items: e_j = a · x_j, α = softmax(e),
 * c = Σ α_j x_j. Shared by training (which also back-propagates through it) and scoring, so both use one forward.
 */
final class AttentionLayer {
    private AttentionLayer() {}

    /**
     * Writes c into {@code context[0..d)} and the weights into {@code alpha[0..n)} for history items
     * {@code hist[0..n)}; c = 0 for an empty history.
     */
    static void forward(int[] hist, int n, float[] x, float[] a, int d, float[] alpha, float[] context) {
        java.util.Arrays.fill(context, 0, d, 0f);
        if (n == 0) {
            return;
        }
        float max = Float.NEGATIVE_INFINITY;
        for (int j = 0; j < n; j++) {
            alpha[j] = Vec.dot(a, 0, x, hist[j] * d, d);
            max = Math.max(max, alpha[j]);
        }
        float sum = 0;
        for (int j = 0; j < n; j++) {
            alpha[j] = (float) Math.exp(alpha[j] - max);
            sum += alpha[j];
        }
        for (int j = 0; j < n; j++) {
            alpha[j] /= sum;
            Vec.axpy(alpha[j], x, hist[j] * d, context, 0, d);
        }
    }

    /**
     * Back-propagates dL/dc: adds dL/dx_j into {@code gradX[j·d ..]} (one row per history position) and dL/da into
     * {@code gradA}.
     */
    static void backward(
            int[] hist, int n, float[] x, float[] a, int d, float[] alpha, float[] dc, float[] gradX, float[] gradA) {
        if (n == 0) {
            return;
        }
        float[] dAlpha = new float[n];
        float mean = 0;
        for (int j = 0; j < n; j++) {
            dAlpha[j] = Vec.dot(x, hist[j] * d, dc, 0, d);
            mean += alpha[j] * dAlpha[j];
        }
        for (int j = 0; j < n; j++) {
            float de = alpha[j] * (dAlpha[j] - mean);
            int xo = hist[j] * d;
            for (int f = 0; f < d; f++) {
                gradX[j * d + f] = alpha[j] * dc[f] + de * a[f];
                gradA[f] += de * x[xo + f];
            }
        }
    }
}
