package io.heed.bench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.heed.app.config.HeedConfig;
import io.heed.app.config.ModelsConfig;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lab's commands through the lab's entry point, which also offers every product command. */
class LabCliTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream oldOut;
    private PrintStream oldErr;

    @BeforeEach
    void capture() {
        oldOut = System.out;
        oldErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(oldOut);
        System.setErr(oldErr);
    }

    String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void retrainNeedsAPersonaModelAndSaneSizes() {
        assertThat(LabCli.run("retrain", "--data-dir", dir.toString())).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no persona model at", "heed demo");
        assertThat(LabCli.run("retrain", "--data-dir", dir.toString(), "--feedback", "0"))
                .isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--feedback must be >= 1");
    }

    @Test
    void demoRunsThePipelineOnASmallPublisherAndChecksBotsAgainstTruth() throws Exception {
        int code = LabCli.run(
                "demo", "--data-dir", dir.toString(), "--users", "400", "--items", "150", "--events", "30000");
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        String o = out();
        assertThat(o)
                .contains(
                        "1/9 simulate",
                        "2/9 ingest",
                        "3/9 clean",
                        "4/9 summary",
                        "Store summary",
                        "5/9 personas",
                        "6/9 recommenders",
                        "7/9 click prediction",
                        "8/9 ads",
                        "adjusted Rand index vs personas.csv",
                        "Persona model: k = ");
        assertThat(o).contains("9/9 revenue: last click", "closed loop:", "TRUE uplift", "decision: ");
        assertThat(o).containsPattern("events\\s+[0-9,]{6,}");
        assertThat(o)
                .containsPattern(
                        "late-feed.jsonl\\s+events-jsonl\\s+read\\s+9\\s+accepted\\s+2\\s+duplicates\\s+1\\s+quarantined\\s+6");
        assertThat(o)
                .containsPattern("against the simulator's truth: (\\d+) of \\1 planted bots flagged, 0 false flags");
        assertThat(dir.resolve("heed.duckdb")).exists();

        // heed retrain on the demo's store: one more challenger decision, logged beside the demo's
        out.reset();
        assertThat(LabCli.run(
                        "retrain",
                        "--data-dir",
                        dir.toString(),
                        "--users",
                        "400",
                        "--items",
                        "150",
                        "--events",
                        "30000",
                        "--feedback",
                        "5000",
                        "--ope-logs",
                        "10000"))
                .as(err.toString(StandardCharsets.UTF_8))
                .isZero();
        assertThat(out())
                .contains(
                        "retrain: challenger click model on the logs + 5,000 new feedback",
                        "champion   CTR",
                        "challenger CTR",
                        "decision: ");
        out.reset();
        assertThat(LabCli.run("experiment", "decisions", "--data-dir", dir.toString()))
                .isZero();
        assertThat(out().split("evidence: ", -1))
                .as("the demo's decision and the retrain's")
                .hasSize(3);
        assertThat(out()).contains("persona-ctr@logs -> persona-ctr@logs+feedback");

        // The HTTP API serves the personas the demo built, and answers 404 when there is no model.
        try (io.heed.storage.HeedStore store = io.heed.storage.HeedStore.openEmbedded(dir);
                io.heed.server.HeedServer server = io.heed.server.HeedServer.start(
                        HeedConfig.defaults()
                                .withServer(io.heed.app.config.ServerConfig.defaults()
                                        .withPort(0))
                                .withModels(ModelsConfig.defaults()
                                        .withPersona(dir.resolve("personas/persona-model.json"))),
                        store);
                io.heed.server.HeedServer empty = io.heed.server.HeedServer.start(
                        HeedConfig.defaults()
                                .withServer(io.heed.app.config.ServerConfig.defaults()
                                        .withPort(0))
                                .withModels(ModelsConfig.defaults().withPersona(dir.resolve("nothing-here.json"))),
                        store)) {
            java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
            java.net.http.HttpResponse<String> r = http.send(
                    java.net.http.HttpRequest.newBuilder(server.baseUri().resolve("/v1/personas"))
                            .build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(200);
            com.fasterxml.jackson.databind.JsonNode body =
                    new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.body());
            assertThat(body.get("k").asInt())
                    .isEqualTo(body.get("personas").size())
                    .isGreaterThan(1);
            assertThat(body.get("personas").get(0).get("label").asText()).isNotBlank();
            assertThat(body.get("metrics").has("ari_vs_truth")).isTrue();
            java.net.http.HttpResponse<String> none = http.send(
                    java.net.http.HttpRequest.newBuilder(empty.baseUri().resolve("/v1/personas"))
                            .build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(none.statusCode()).isEqualTo(404);
            assertThat(none.body()).contains("no_persona_model", "heed personas build");
        }
    }

    @Test
    void theLabOffersEveryProductCommandAndItsOwnOnce() {
        assertThat(LabCli.run("--help")).isZero();
        String help = out();
        for (String c : new String[] {"demo", "simulate", "retrain", "bench", "ingest", "personas", "serve", "help"}) {
            assertThat(help).as(c).containsPattern("(?m)^\\s+" + c + "\\s");
        }
        assertThat(help.split("(?m)^\\s+demo\\s", -1)).hasSize(2);
        out.reset();
        assertThat(LabCli.run("bench", "list")).isZero();
        assertThat(out()).contains("decide");
    }
}
