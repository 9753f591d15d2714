package io.heed.profiles.report;

import io.heed.profiles.ProfileMatrix;
import io.heed.profiles.persona.PersonaModel;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A 2-D PCA projection of a seeded sample of users in the model's standardised clustering space, one dot per user
 * coloured by persona, with a legend. Users who do not observe every clustering feature (e.g. refused
 * personalisation) are left out: their unobserved dimensions would place them wrongly.
 */
public final class ProjectionChart {
    private ProjectionChart() {}

    public static String svg(PersonaModel model, ProfileMatrix m, int[] labels, int sample, long seed) {
        List<Integer> eligible = new ArrayList<>();
        for (int i = 0; i < m.rows(); i++) {
            if (model.assigner().observesAll(m.row(i))) {
                eligible.add(i);
            }
        }
        SplittableRandom rng = new SplittableRandom(seed);
        for (int i = eligible.size() - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            Integer t = eligible.get(i);
            eligible.set(i, eligible.get(j));
            eligible.set(j, t);
        }
        List<Integer> rows = eligible.subList(0, Math.min(sample, eligible.size()));
        int d = model.scaler().dims();
        int n = rows.size();
        double[] z = new double[n * d];
        for (int i = 0; i < n; i++) {
            model.scaler().transform(m.row(rows.get(i)), 0, z, i * d);
        }
        int w = 900;
        int h = 640;
        int plot = 560;
        Svg s = new Svg(
                w,
                h,
                Svg.f(
                        "PCA of %,d sampled users in the clustering space (%d dimensions), coloured by " + "persona",
                        n, d));
        if (n >= 2) {
            double[] p = Pca.project2(z, n, d);
            double minX = Double.POSITIVE_INFINITY;
            double maxX = Double.NEGATIVE_INFINITY;
            double minY = Double.POSITIVE_INFINITY;
            double maxY = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                minX = Math.min(minX, p[2 * i]);
                maxX = Math.max(maxX, p[2 * i]);
                minY = Math.min(minY, p[2 * i + 1]);
                maxY = Math.max(maxY, p[2 * i + 1]);
            }
            double sx = plot / Math.max(1e-9, maxX - minX);
            double sy = plot / Math.max(1e-9, maxY - minY);
            s.rect(40, 40, plot, plot, "none", "stroke=\"#cccccc\"");
            s.text(40 + plot / 2.0 - 30, 40 + plot + 18, "PC 1", "");
            s.text(12, 40 + plot / 2.0, "PC 2", "");
            StringBuilder dots = new StringBuilder("<g class=\"points\">");
            for (int i = 0; i < n; i++) {
                dots.append(Svg.f(
                        "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"2\" fill=\"%s\" fill-opacity=\"0.6\"/>",
                        40 + (p[2 * i] - minX) * sx,
                        40 + plot - (p[2 * i + 1] - minY) * sy,
                        Svg.colour(labels[rows.get(i)])));
            }
            s.raw(dots.append("</g>").toString());
        }
        for (int k = 0; k < model.k(); k++) {
            String label = model.assigner().label(k);
            double y = 60 + 22 * k;
            s.openPersona(k, label);
            s.rect(620, y - 10, 12, 12, Svg.colour(k), "");
            s.text(638, y, "#" + k + " " + label, "font-size=\"11\"");
            s.close("g");
        }
        return s.done();
    }
}
