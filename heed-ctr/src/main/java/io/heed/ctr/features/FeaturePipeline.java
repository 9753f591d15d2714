package io.heed.ctr.features;

import java.util.Objects;

/**
 * The one feature pipeline, used by training, serving, explanation and the online learner alike: a request
 * becomes a bias feature, one feature per categorical field (value or "missing"), one or a bucket per numeric
 * field, and one per cross. Names are built only when asked, but the slots never depend on that flag.
 */
public final class FeaturePipeline {
    public static final String BIAS = "bias";
    public static final String MISSING = "(missing)";

    private final FeatureSpec spec;
    private final int size;

    public FeaturePipeline(FeatureSpec spec) {
        this.spec = Objects.requireNonNull(spec, "spec");
        this.size = 1
                + spec.categorical().size()
                + spec.numeric().size()
                + spec.crosses().size();
    }

    public FeatureSpec spec() {
        return spec;
    }

    public FeatureVector encode(CtrRequest r) {
        return encode(r, false);
    }

    public FeatureVector encode(CtrRequest r, boolean withNames) {
        int[] idx = new int[size];
        float[] val = new float[size];
        String[] names = new String[size];
        int k = 0;
        names[k] = BIAS;
        val[k++] = 1f;
        for (String f : spec.categorical()) {
            String v = r.get(f);
            names[k] = f + "=" + (v == null ? MISSING : v);
            val[k++] = 1f;
        }
        for (NumericField f : spec.numeric()) {
            Double x = r.number(f.name());
            boolean missing = x == null || !Double.isFinite(x);
            if (f.transform() == NumericField.Transform.LOG_BUCKET || missing) {
                names[k] = f.name() + "=" + (missing ? MISSING : "b" + NumericField.bucket(x));
                val[k++] = 1f;
            } else {
                names[k] = f.name();
                val[k++] = NumericField.logValue(x);
            }
        }
        for (var cross : spec.crosses()) {
            StringBuilder sb = new StringBuilder();
            for (int c = 0; c < cross.size(); c++) {
                String v = r.get(cross.get(c));
                sb.append(c == 0 ? "" : "×").append(cross.get(c)).append('=').append(v == null ? MISSING : v);
            }
            names[k] = sb.toString();
            val[k++] = 1f;
        }
        for (int i = 0; i < size; i++) {
            idx[i] = FeatureHasher.slot(names[i], spec.bits());
        }
        return new FeatureVector(idx, val, withNames ? names : null);
    }
}
