package io.heed.ctr.gbdt;

import io.heed.core.artifact.ArrayIo;
import io.heed.ctr.ConfigBlocks;
import io.heed.ctr.CtrExamples;
import io.heed.ctr.Predictor;
import io.heed.ctr.features.FeatureVector;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Map;
import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;

/**
 * Boosted trees: the XGBoost model (UBJSON bytes, stored as they are) and a loaded booster. Contributions are
 * XGBoost's exact TreeSHAP values of the row's features; its bias and the share TreeSHAP gives to absent
 * features go to the bias feature, so contributions still sum to the margin. Calls into the booster
 * are serialised: the native handle is shared.
 */
public final class GbdtModel implements Predictor {
    public static final String ALGORITHM = "gbdt";

    private final GbdtConfig config;
    private final int bits;
    private final Columns columns;
    private final byte[] bytes;
    private final Booster booster;

    GbdtModel(GbdtConfig config, int bits, Columns columns, byte[] bytes) {
        this.config = config;
        this.bits = bits;
        this.columns = columns;
        this.bytes = bytes;
        try {
            this.booster = XGBoost.loadModel(bytes);
        } catch (XGBoostError | IOException e) {
            throw new IllegalStateException("cannot load the XGBoost model: " + e.getMessage(), e);
        }
    }

    @Override
    public String algorithm() {
        return ALGORITHM;
    }

    @Override
    public double margin(FeatureVector x) {
        return call(() -> {
            DMatrix m = Matrices.of(x, columns);
            try {
                return (double) booster.predict(m, true)[0][0];
            } finally {
                m.dispose();
            }
        });
    }

    @Override
    public double[] margins(CtrExamples data) {
        return call(() -> {
            DMatrix m = Matrices.of(data, columns, false);
            try {
                float[][] p = booster.predict(m, true);
                double[] out = new double[p.length];
                for (int i = 0; i < out.length; i++) {
                    out[i] = p[i][0];
                }
                return out;
            } finally {
                m.dispose();
            }
        });
    }

    @Override
    public double[] contributions(FeatureVector x) {
        float[] col = call(() -> {
            DMatrix m = Matrices.of(x, columns);
            try {
                return booster.predictContrib(m, 0)[0];
            } finally {
                m.dispose();
            }
        });
        double[] c = new double[x.size()];
        java.util.Set<Integer> used = new java.util.HashSet<>();
        double total = 0;
        for (float v : col) {
            total += v;
        }
        double present = 0;
        for (int k = 0; k < c.length; k++) {
            int column = columns.column(x.index()[k]);
            c[k] = column >= 0 && used.add(column) ? col[column] : 0;
            present += c[k];
        }
        // TreeSHAP also credits features the row lacks; that share and XGBoost's bias go to the bias feature.
        c[0] += total - present;
        return c;
    }

    @Override
    public Map<String, String> params() {
        return ConfigBlocks.params(config, bits);
    }

    @Override
    public void writePayload(DataOutputStream out) throws IOException {
        ConfigBlocks.write(out, config, bits);
        ArrayIo.writeInts(out, columns.slots());
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    public static GbdtModel read(DataInputStream in) throws IOException {
        GbdtConfig c = ConfigBlocks.read(in, GbdtConfig.class);
        int bits = ConfigBlocks.readBits(in);
        Columns cols = new Columns(ArrayIo.readInts(in));
        byte[] b = in.readNBytes(in.readInt());
        return new GbdtModel(c, bits, cols, b);
    }

    private interface XgbCall<T> {
        T run() throws XGBoostError;
    }

    private <T> T call(XgbCall<T> f) {
        synchronized (booster) {
            try {
                return f.run();
            } catch (XGBoostError e) {
                throw new IllegalStateException("XGBoost prediction failed: " + e.getMessage(), e);
            }
        }
    }
}
