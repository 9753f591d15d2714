package io.heed.ctr.blend;

import io.heed.ctr.CtrExamples;
import io.heed.ctr.CtrModelFiles;
import io.heed.ctr.Predictor;
import io.heed.ctr.features.FeatureVector;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The mean of its components' margins (log-odds). Each component's contributions are aligned with the request's
 * features and sum to its margin, so their mean explains the blend exactly: weight × value for linear parts,
 * TreeSHAP for trees, each at its share. Immutable.
 */
public final class BlendModel implements Predictor {
    public static final String ALGORITHM = "blend";
    private static final int MAX_COMPONENTS = 16;

    private final List<Predictor> components;

    BlendModel(List<Predictor> components) {
        this.components = List.copyOf(components);
    }

    public List<Predictor> components() {
        return components;
    }

    @Override
    public String algorithm() {
        return ALGORITHM;
    }

    @Override
    public double margin(FeatureVector x) {
        double m = 0;
        for (Predictor p : components) {
            m += p.margin(x);
        }
        return m / components.size();
    }

    @Override
    public double[] margins(CtrExamples data) {
        double[] out = new double[data.size()];
        for (Predictor p : components) {
            double[] m = p.margins(data);
            for (int r = 0; r < out.length; r++) {
                out[r] += m[r] / components.size();
            }
        }
        return out;
    }

    @Override
    public double[] contributions(FeatureVector x) {
        double[] out = new double[x.size()];
        for (Predictor p : components) {
            double[] c = p.contributions(x);
            for (int k = 0; k < out.length; k++) {
                out[k] += c[k] / components.size();
            }
        }
        return out;
    }

    /** Each component's parameters, prefixed with its position and family ({@code 0.batch-lr.l2}). */
    @Override
    public Map<String, String> params() {
        Map<String, String> out = new TreeMap<>();
        for (int i = 0; i < components.size(); i++) {
            String prefix = i + "." + components.get(i).algorithm() + ".";
            components.get(i).params().forEach((k, v) -> out.put(prefix + k, v));
        }
        return out;
    }

    @Override
    public void writePayload(DataOutputStream out) throws IOException {
        out.writeInt(components.size());
        for (Predictor p : components) {
            out.writeUTF(p.algorithm());
            p.writePayload(out);
        }
    }

    public static BlendModel read(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 2 || n > MAX_COMPONENTS) {
            throw new IOException("corrupt blend payload: " + n + " components");
        }
        List<Predictor> parts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            parts.add(CtrModelFiles.readPayload(in.readUTF(), in));
        }
        return new BlendModel(parts);
    }
}
