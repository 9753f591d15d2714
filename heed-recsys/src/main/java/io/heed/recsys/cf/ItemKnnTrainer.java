package io.heed.recsys.cf;

import io.heed.recsys.Interactions;
import io.heed.recsys.ModelFiles;
import io.heed.recsys.RecTrainer;
import io.heed.recsys.TopK;
import java.util.Arrays;

/**
 * Cosine item-item similarity, keeping each item's top neighbours. Co-occurrences of item i are accumulated on a
 * dense float array by walking i's users and their items (cost Σ_u |u|² overall), touched entries are remembered
 * so the array is reset in O(touched), and the best neighbours are picked with {@link TopK}.
 */
public final class ItemKnnTrainer implements RecTrainer {
    private final ItemKnnConfig config;

    public ItemKnnTrainer(ItemKnnConfig config) {
        this.config = config;
    }

    @Override
    public String algorithm() {
        return ItemKnnModel.ALGORITHM;
    }

    @Override
    public ItemKnnModel fit(Interactions data, String dataDescription) {
        Checks.requireData(data);
        Interactions byItem = data.transpose();
        int ni = data.numItems();
        int k = config.neighbours();
        float shrink = (float) config.shrink();
        float[] norm = new float[ni];
        float[] tw = byItem.weightValues();
        for (int i = 0; i < ni; i++) {
            double s = 0;
            for (int p = byItem.rowStart(i); p < byItem.rowEnd(i); p++) {
                s += (double) tw[p] * tw[p];
            }
            norm[i] = (float) Math.sqrt(s);
        }
        int[] users = byItem.itemIndices();
        int[] items = data.itemIndices();
        float[] w = data.weightValues();
        float[] acc = new float[ni];
        float[] sim = new float[ni];
        Arrays.fill(sim, Float.NEGATIVE_INFINITY);
        int[] touched = new int[ni];
        int[] top = new int[k];
        int[] start = new int[ni + 1];
        int[] nbr = new int[ni * Math.min(k, ni)];
        float[] nsim = new float[nbr.length];
        int q = 0;
        for (int i = 0; i < ni; i++) {
            int nt = 0;
            for (int p = byItem.rowStart(i); p < byItem.rowEnd(i); p++) {
                int u = users[p];
                float wu = tw[p];
                for (int r = data.rowStart(u); r < data.rowEnd(u); r++) {
                    int j = items[r];
                    if (acc[j] == 0f) {
                        touched[nt++] = j;
                    }
                    acc[j] += wu * w[r];
                }
            }
            for (int t = 0; t < nt; t++) {
                int j = touched[t];
                if (j != i && acc[j] != 0f) {
                    sim[j] = acc[j] / (norm[i] * norm[j] + shrink);
                }
            }
            int m = TopK.select(sim, k, top);
            for (int r = 0; r < m; r++) {
                nbr[q] = top[r];
                nsim[q++] = sim[top[r]];
            }
            start[i + 1] = q;
            for (int t = 0; t < nt; t++) {
                acc[touched[t]] = 0f;
                sim[touched[t]] = Float.NEGATIVE_INFINITY;
            }
        }
        return new ItemKnnModel(
                data,
                ModelFiles.provenance(algorithm(), dataDescription, 0, config.params()),
                start,
                Arrays.copyOf(nbr, q),
                Arrays.copyOf(nsim, q));
    }
}
