package io.heed.profiles.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.heed.profiles.FeatureSet;
import io.heed.profiles.ProfileMatrix;
import io.heed.profiles.persona.PersonaClusterer;
import io.heed.profiles.persona.PersonaConfig;
import io.heed.profiles.persona.PersonaDescriber;
import io.heed.profiles.persona.PersonaDescription;
import io.heed.profiles.persona.PersonaDrift;
import io.heed.profiles.persona.PersonaModel;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class PersonaChartsTest {
    static final FeatureSet FS =
            new FeatureSet("test-profile", 1, List.of("cat_a", "cat_b", "hour_00", "ad_ctr", "constant"));
    static ProfileMatrix m;
    static PersonaModel model;
    static int[] labels;

    /** Four personas (a-heavy or b-heavy, night or day), 50 users each, noisy. */
    @BeforeAll
    static void fit() {
        SplittableRandom r = new SplittableRandom(3);
        int n = 200;
        double[] x = new double[n * FS.size()];
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int p = i % 4;
            double a = p < 2 ? 0.8 : 0.2;
            double night = p % 2 == 0 ? 0.7 : 0.1;
            double[] row = {
                a + 0.05 * r.nextGaussian(),
                1 - a + 0.05 * r.nextGaussian(),
                night + 0.05 * r.nextGaussian(),
                0.02 + 0.005 * r.nextDouble(),
                1
            };
            System.arraycopy(row, 0, x, i * row.length, row.length);
            ids.add("u" + i);
        }
        m = new ProfileMatrix(FS, ids, x);
        PersonaClusterer.Fit fit = new PersonaClusterer(PersonaConfig.fixedK(4, 1)).fit(m, "w");
        labels = fit.labels();
        model = fit.model().withDescriptions(PersonaDescriber.defaults().describe(m, labels, 4, List.of()));
    }

    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(false);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    static NodeList nodes(Document doc, String xpath) throws Exception {
        return (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, doc, XPathConstants.NODESET);
    }

    @Test
    void theSizesChartIsWellFormedWithOneGroupPerPersonaAndThePsi() throws Exception {
        PersonaDrift drift = PersonaDrift.measure(model, labels);
        String svg = SizesChart.svg(model.descriptions(), drift);
        Document doc = parse(svg);
        assertThat(doc.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(nodes(doc, "//g[@class='persona']").getLength()).isEqualTo(4);
        assertThat(nodes(doc, "//g[@class='persona'][@data-persona='3']/rect").getLength())
                .isEqualTo(3);
        assertThat(svg).contains("PSI 0.0000 (stable)");
    }

    @Test
    void theHeatMapHasOneRowPerPersonaAndOneCellPerNonConstantFeature() throws Exception {
        List<String> names =
                model.descriptions().stream().map(PersonaDescription::label).toList();
        Document doc = parse(HeatMapChart.svg(m, labels, names));
        assertThat(nodes(doc, "//g[@class='persona']").getLength()).isEqualTo(4);
        NodeList cells = nodes(doc, "//g[@class='persona'][@data-persona='0']/rect");
        assertThat(cells.getLength()).as("the constant feature has no column").isEqualTo(4);
        // the largest persona's cat_a cell is far from the population mean (a-heavy or b-heavy by about 1 sd)
        double z = Double.parseDouble(
                cells.item(0).getAttributes().getNamedItem("data-z").getNodeValue());
        assertThat(Math.abs(z)).isGreaterThan(0.8);
    }

    @Test
    void theProjectionPlotsTheSampleAndALegendEntryPerPersona() throws Exception {
        Document doc = parse(ProjectionChart.svg(model, m, labels, 120, 5));
        assertThat(nodes(doc, "//g[@class='persona']").getLength()).isEqualTo(4);
        assertThat(nodes(doc, "//g[@class='points']/circle").getLength()).isEqualTo(120);
        assertThat(ProjectionChart.svg(model, m, labels, 120, 5))
                .as("seeded")
                .isEqualTo(ProjectionChart.svg(model, m, labels, 120, 5));
    }

    @Test
    void pcaFindsTheDirectionOfLargestVariance() {
        // points along (1, 2) with small noise across it
        SplittableRandom r = new SplittableRandom(1);
        int n = 500;
        double[] x = new double[n * 2];
        for (int i = 0; i < n; i++) {
            double t = r.nextGaussian();
            double e = 0.01 * r.nextGaussian();
            x[2 * i] = t - 2 * e;
            x[2 * i + 1] = 2 * t + e;
        }
        double[] p = Pca.project2(x, n, 2);
        double v1 = 0;
        double v2 = 0;
        for (int i = 0; i < n; i++) {
            v1 += p[2 * i] * p[2 * i];
            v2 += p[2 * i + 1] * p[2 * i + 1];
        }
        assertThat(v2 / v1).isLessThan(1e-3);
        double[] lead = Pca.leading(new double[][] {{1, 2}, {2, 4}});
        assertThat(lead[1] / lead[0]).isCloseTo(2, within(1e-9));
        assertThatThrownBy(() -> Pca.project2(new double[2], 1, 2)).hasMessageContaining("at least 2 rows");
    }
}
