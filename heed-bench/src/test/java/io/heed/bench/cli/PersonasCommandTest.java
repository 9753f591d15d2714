package io.heed.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.heed.profiles.persona.PersonaModel;
import io.heed.profiles.persona.PersonaModelJson;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code heed personas} end to end on a simulated publisher, graded against the simulator's planted personas (here,
 * in the lab, because the publisher comes from {@code heed demo}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PersonasCommandTest {
    @TempDir
    static Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream oldOut;
    private PrintStream oldErr;

    @BeforeAll
    void simulateIngestClean() {
        oldOut = System.out;
        oldErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        // given a simulated publisher (6 planted personas) ingested and cleaned
        int code = LabCli.run(
                "demo", "--data-dir", dir.toString(), "--users", "2000", "--items", "400", "--events", "200000");
        assertThat(code).as(err()).isZero();
    }

    @AfterAll
    void restore() {
        System.setOut(oldOut);
        System.setErr(oldErr);
    }

    String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    String runOut(String... args) {
        out.reset();
        err.reset();
        int code = LabCli.run(personas(args));
        assertThat(code).as(err()).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String[] personas(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "personas";
        System.arraycopy(args, 0, all, 1, args.length);
        return all;
    }

    @Test
    void buildRecoversThePlantedPersonasAndSavesTheModelWithProvenance() {
        // when personas are built at the planted k and graded against the truth
        String o = runOut(
                "build",
                "--data-dir",
                dir.toString(),
                "--k",
                "6",
                "--seed",
                "7",
                "--truth",
                dir.resolve("sim/truth/personas.csv").toString(),
                "--stability",
                "3");
        oldOut.println(o);
        // then
        assertThat(o).contains("clustered: k = 6", "adjusted Rand index vs personas.csv", "model saved to");
        Path file = dir.resolve("personas/persona-model.json");
        PersonaModel m = PersonaModelJson.load(file);
        assertThat(m.k()).isEqualTo(6);
        assertThat(m.descriptions()).hasSize(6);
        assertThat(m.provenance().dataWindow()).startsWith("2026-10-01");
        assertThat(m.provenance().metrics()).containsKeys("ari_vs_truth", "bootstrap_jaccard", "silhouette");
        double ari = m.provenance().metrics().get("ari_vs_truth");
        assertThat(ari)
                .as("quality band: ARI vs planted personas, measured 0.955")
                .isGreaterThan(0.9);

        // and show, assign and report read the saved model
        assertThat(runOut("show", "--data-dir", dir.toString())).contains("Persona model: k = 6", "#0 ", "#5 ");
        String assigned = runOut("assign", "--data-dir", dir.toString(), "u000001", "nobody");
        assertThat(assigned).containsPattern("u000001\\t#\\d\\t\\S+").contains("nobody\t-\tno clean events");
        String report = runOut("report", "--data-dir", dir.toString());
        assertThat(report)
                .contains("chart written to")
                .containsPattern("Drift since the build \\(.* users now\\): " + "PSI 0\\.0000, stable");
        for (String chart : new String[] {"personas-sizes.svg", "personas-heatmap.svg", "personas-projection.svg"}) {
            assertThat(personaGroups(dir.resolve("personas").resolve(chart)))
                    .as(chart)
                    .isEqualTo(6);
        }
    }

    /** Parses the SVG (so it must be well-formed XML) and counts its persona groups. */
    static int personaGroups(Path svg) {
        try {
            org.w3c.dom.Document doc = javax.xml.parsers.DocumentBuilderFactory.newInstance()
                    .newDocumentBuilder()
                    .parse(svg.toFile());
            assertThat(doc.getDocumentElement().getTagName()).isEqualTo("svg");
            org.w3c.dom.NodeList gs = doc.getElementsByTagName("g");
            int n = 0;
            for (int i = 0; i < gs.getLength(); i++) {
                n += "persona".equals(((org.w3c.dom.Element) gs.item(i)).getAttribute("class")) ? 1 : 0;
            }
            return n;
        } catch (Exception e) {
            throw new AssertionError(svg + " is not well-formed: " + e, e);
        }
    }

    @Test
    void bisectingKMeansIsAnOption() {
        Path model = dir.resolve("bisecting.json");
        String o = runOut(
                "build",
                "--data-dir",
                dir.toString(),
                "--k",
                "6",
                "--algorithm",
                "BISECTING",
                "--restarts",
                "2",
                "--model",
                model.toString());
        assertThat(o).contains("clustered: k = 6");
        assertThat(PersonaModelJson.load(model).provenance().config().algorithm())
                .isEqualTo(io.heed.profiles.persona.PersonaConfig.Algorithm.BISECTING);
    }

    @Test
    void automaticKPicksAKInItsRange() {
        Path model = dir.resolve("auto.json");
        String o = runOut(
                "build",
                "--data-dir",
                dir.toString(),
                "--k-min",
                "3",
                "--k-max",
                "8",
                "--restarts",
                "4",
                "--model",
                model.toString());
        assertThat(o).containsPattern("clustered: k = [3-8]");
        assertThat(PersonaModelJson.load(model).provenance().metrics()).containsKeys("silhouette_k3", "silhouette_k8");
    }

    @Test
    void showWithoutAModelIsAClearError() {
        int code =
                LabCli.run(personas("show", "--model", dir.resolve("none.json").toString()));
        assertThat(code).isEqualTo(1);
        assertThat(err()).contains("no persona model at", "heed personas build");
        assertThat(Files.exists(dir.resolve("none.json"))).isFalse();
    }
}
