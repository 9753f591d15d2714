import io.heed.bench.ctr.ObdReader;
import io.heed.ctr.*;
import io.heed.ctr.data.*;
import io.heed.ctr.eval.*;
import io.heed.ctr.features.*;
import io.heed.ctr.ftrl.*;
import io.heed.ctr.gbdt.*;
import io.heed.ctr.lr.*;
import java.io.*;
import java.nio.file.*;
import java.util.*;
import java.util.stream.*;

/** OBD diagnosis: dumps the bench's encoded rows and folds and the candidates' predictions. */
public class ObdDiagnosis {
    static final FeatureSpec SPEC = ObdReader.spec(16);

    /** The bench's OBD rows (CtrSets.obd): random + bts, men + women. */
    static CtrExamples load() throws IOException {
        Path data = Path.of(System.getProperty("heed.shared.data", "../shared/data"));
        Encoder enc = new Encoder(new FeaturePipeline(SPEC));
        for (String policy : List.of("random", "bts"))
            for (String campaign : List.of("men", "women"))
                ObdReader.read(data.resolve("obd-sample/" + policy + "/" + campaign + "/" + campaign + ".csv"), campaign, enc);
        return enc.build();
    }

    /** {@code folds OUT}: rows, folds, FTRL grid predictions; {@code inner OUT SPLITS}: batch-lr and GBDT inner-CV predictions. */
    public static void main(String[] a) throws Exception {
        Path out = Path.of(a[1]);
        Files.createDirectories(out);
        if (a[0].equals("inner")) {
            inner(out, Integer.parseInt(a[2]));
            return;
        }
        FeatureSpec spec = SPEC;
        CtrExamples all = load();
        int n = all.size();
        // libsvm, dense cols in order of first use
        Map<Integer,Integer> cols = new HashMap<>();
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out.resolve("all.libsvm")))) {
            for (int r = 0; r < n; r++) {
                TreeMap<Integer, Float> row = new TreeMap<>();
                for (int p = all.start(r); p < all.end(r); p++) {
                    int c = cols.computeIfAbsent(all.indices()[p], k -> cols.size() + 1);
                    row.merge(c, all.values()[p], Float::sum);
                }
                StringBuilder sb = new StringBuilder(all.label(r) > 0.5f ? "1" : "0");
                row.forEach((c, v) -> sb.append(' ').append(c).append(':').append(v));
                w.println(sb);
            }
        }
        System.out.println("cols " + cols.size());
        // folds
        int[][] outer = {Folds.stratified(all.labels(), 5, 42), Folds.stratified(all.labels(), 5, 43)};
        int[][] inner = new int[10][n];
        for (int r = 0; r < 2; r++) for (int f = 0; f < 5; f++) {
            int s = r * 5 + f;
            final int rr = r, ff = f;
            int[] tr = IntStream.range(0, n).filter(i -> outer[rr][i] != ff).toArray();
            float[] y = new float[tr.length];
            for (int i = 0; i < tr.length; i++) y[i] = all.label(tr[i]);
            int[] in = Folds.stratified(y, 3, 7);
            Arrays.fill(inner[s], -1);
            for (int i = 0; i < tr.length; i++) inner[s][tr[i]] = in[i];
        }
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out.resolve("folds.csv")))) {
            for (int i = 0; i < n; i++) {
                StringBuilder sb = new StringBuilder().append(outer[0][i]).append(',').append(outer[1][i]);
                for (int s = 0; s < 10; s++) sb.append(',').append(inner[s][i]);
                w.println(sb);
            }
        }
        List<FtrlConfig> cfgs = new ArrayList<>();
        for (double al : new double[]{0.1, 0.3}) for (double l1 : new double[]{0, 1}) for (double l2 : new double[]{1, 10}) for (int e : new int[]{5, 20})
            cfgs.add(new FtrlConfig(al, 1, l1, l2, e));
        try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out.resolve("ftrl_configs.txt")))) {
            for (FtrlConfig c : cfgs) w.println(c);
        }
        for (int c = 0; c < cfgs.size(); c++) {
            double[][] pred = new double[n][10];
            for (int r = 0; r < 2; r++) for (int f = 0; f < 5; f++) {
                int s = r * 5 + f;
                final int rr = r, ff = f;
                int[] tr = IntStream.range(0, n).filter(i -> outer[rr][i] != ff).toArray();
                int[] te = IntStream.range(0, n).filter(i -> outer[rr][i] == ff).toArray();
                fill(pred, s, all, tr, te, cfgs.get(c), spec);
                for (int k = 0; k < 3; k++) {
                    final int kk = k;
                    int[] itr = Arrays.stream(tr).filter(i -> inner[s][i] != kk).toArray();
                    int[] ite = Arrays.stream(tr).filter(i -> inner[s][i] == kk).toArray();
                    fill(pred, s, all, itr, ite, cfgs.get(c), spec);
                }
            }
            try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out.resolve("ftrl_" + c + ".csv")))) {
                for (int i = 0; i < n; i++) w.println(Arrays.stream(pred[i]).mapToObj(Double::toString).collect(Collectors.joining(",")));
            }
            System.out.println("cfg " + c + " done");
        }
    }

    static void fill(double[][] pred, int s, CtrExamples all, int[] tr, int[] te, FtrlConfig c, FeatureSpec spec) {
        CtrModel m = ModelSelection.fit(new FtrlTrainer(c), spec, all.subset(tr), CalibrationMethod.NONE, 42);
        double[] p = m.probabilities(all.subset(te));
        for (int i = 0; i < te.length; i++) pred[te[i]][s] = p[i];
    }

    static void inner(Path out, int splits) throws Exception {
        FeatureSpec spec = SPEC;
        CtrExamples all = load();
        int n = all.size();
        int[][] outer = {Folds.stratified(all.labels(), 5, 42), Folds.stratified(all.labels(), 5, 43)};
        Map<String, CtrTrainer> cands = new LinkedHashMap<>();
        for (double l2 : new double[]{0.3, 1, 3}) cands.put("lr" + l2, new LrTrainer(LrConfig.defaults().withL2(l2)));
        cands.put("gbdt300d8", new GbdtTrainer(GbdtConfig.defaults()));
        cands.put("gbdt100d4", new GbdtTrainer(new GbdtConfig(100, 4, 0.1, 1, 1, 1, 2, 42)));
        cands.put("gbdt200d3e05", new GbdtTrainer(new GbdtConfig(200, 3, 0.05, 1, 1, 1, 2, 42)));
        for (var e : cands.entrySet()) {
            double[][] pred = new double[n][splits];
            long t0 = System.nanoTime();
            for (int s = 0; s < splits; s++) {
                int r = s / 5, f = s % 5;
                int[] tr = IntStream.range(0, n).filter(i -> outer[r][i] != f).toArray();
                float[] y = new float[tr.length];
                for (int i = 0; i < tr.length; i++) y[i] = all.label(tr[i]);
                int[] in = Folds.stratified(y, 3, 7);
                for (int k = 0; k < 3; k++) {
                    final int kk = k;
                    int[] itr = IntStream.range(0, tr.length).filter(i -> in[i] != kk).map(i -> tr[i]).toArray();
                    int[] ite = IntStream.range(0, tr.length).filter(i -> in[i] == kk).map(i -> tr[i]).toArray();
                    CtrModel m = ModelSelection.fit(e.getValue(), spec, all.subset(itr), CalibrationMethod.NONE, 42);
                    double[] p = m.probabilities(all.subset(ite));
                    for (int i = 0; i < ite.length; i++) pred[ite[i]][s] = p[i];
                }
            }
            System.out.printf("%s %.1f s per split%n", e.getKey(), (System.nanoTime() - t0) / 1e9 / splits);
            try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(out.resolve("inner_" + e.getKey() + ".csv")))) {
                for (int i = 0; i < n; i++) w.println(Arrays.stream(pred[i]).mapToObj(Double::toString).collect(Collectors.joining(",")));
            }
        }
    }
}
