package io.heed.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HeedConfigTest {
    @TempDir
    Path dir;

    private Path yaml(String text) throws IOException {
        Path f = dir.resolve("heed.yaml");
        Files.writeString(f, text);
        return f;
    }

    @Test
    void aFileOverridesOnlyTheKeysItNames() throws IOException {
        HeedConfig c = HeedConfig.load(yaml("server:\n  port: 9090\nstore:\n  dataDir: /srv/heed\n"), Map.of());
        assertThat(c.server()).isEqualTo(ServerConfig.defaults().withPort(9090));
        assertThat(c.store()).isEqualTo(StoreConfig.defaults().withDataDir(Path.of("/srv/heed")));
        assertThat(c.journal()).isEqualTo(JournalConfig.defaults());
    }

    @Test
    void noFileIsTheDefaults() {
        assertThat(HeedConfig.load(null, Map.of())).isEqualTo(HeedConfig.defaults());
    }

    @Test
    void theEnvironmentOverridesTheFile() throws IOException {
        Path f = yaml("server:\n  port: 9090\n  host: 0.0.0.0\nstore:\n  url: jdbc:duckdb:/a/heed.duckdb\n");
        HeedConfig c = HeedConfig.load(
                f,
                Map.of(
                        "HEED_PORT",
                        "9191",
                        "HEED_STORE_URL",
                        "jdbc:postgresql://db/heed",
                        "HEED_TRACKING_SECRET",
                        "s".repeat(32),
                        "UNRELATED",
                        "x"));
        assertThat(c.server().port()).isEqualTo(9191);
        assertThat(c.server().host()).isEqualTo("0.0.0.0");
        assertThat(c.store().url()).isEqualTo("jdbc:postgresql://db/heed");
        assertThat(c.ads().trackingSecret()).isEqualTo("s".repeat(32));
        assertThat(c.ads().toString()).doesNotContain("sss");
    }

    @Test
    void anUnknownKeyIsRejectedNamingItAndTheFile() throws IOException {
        Path f = yaml("server:\n  prot: 9090\n");
        assertThatThrownBy(() -> HeedConfig.load(f, Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(f.toString())
                .hasMessageContaining("unknown key 'server.prot'")
                .hasMessageContaining("port");
        Path g = yaml("sever:\n  port: 9090\n");
        assertThatThrownBy(() -> HeedConfig.load(g, Map.of()))
                .hasMessageContaining("unknown key 'sever'")
                .hasMessageContaining("server");
    }

    @Test
    void aWrongTypeIsRejectedNamingTheKey() throws IOException {
        Path f = yaml("server:\n  port: eighty\n");
        assertThatThrownBy(() -> HeedConfig.load(f, Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(f.toString())
                .hasMessageContaining("server.port must be a whole number")
                .hasMessageContaining("'eighty'");
        Path g = yaml("server:\n  port: 80.5\n");
        assertThatThrownBy(() -> HeedConfig.load(g, Map.of())).hasMessageContaining("server.port");
        Path h = yaml("server: 8080\n");
        assertThatThrownBy(() -> HeedConfig.load(h, Map.of())).hasMessageContaining("server must be a mapping");
    }

    @Test
    void aWrongTypeFromTheEnvironmentNamesTheVariable() {
        assertThatThrownBy(() -> HeedConfig.load(null, Map.of("HEED_PORT", "http")))
                .hasMessageContaining("environment variable HEED_PORT")
                .hasMessageContaining("server.port");
    }

    @Test
    void anOutOfRangeValueIsRejectedNamingTheKey() throws IOException {
        Path f = yaml("server:\n  port: 70000\n");
        assertThatThrownBy(() -> HeedConfig.load(f, Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(f.toString())
                .hasMessageContaining("server: port must be in 0..65535, was 70000");
        Path g = yaml("store:\n  checkpointThreshold: huge\n");
        assertThatThrownBy(() -> HeedConfig.load(g, Map.of())).hasMessageContaining("store: checkpointThreshold");
        Path h = yaml("ads:\n  trackingSecret: short\n");
        assertThatThrownBy(() -> HeedConfig.load(h, Map.of()))
                .hasMessageContaining("ads: trackingSecret")
                .hasMessageNotContaining("short");
        Path i = yaml("store:\n  url: mysql://x\n");
        assertThatThrownBy(() -> HeedConfig.load(i, Map.of())).hasMessageContaining("store: url must be");
    }

    @Test
    void anEmptyFileIsAnError() throws IOException {
        Path f = yaml("");
        assertThatThrownBy(() -> HeedConfig.load(f, Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(f + " is empty");
        Path g = yaml("# only a comment\n");
        assertThatThrownBy(() -> HeedConfig.load(g, Map.of())).hasMessageContaining("is empty");
    }

    @Test
    void aMissingFileIsAnError() {
        Path f = dir.resolve("nope.yaml");
        assertThatThrownBy(() -> HeedConfig.load(f, Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessage("config file " + f + " does not exist");
    }

    @Test
    void brokenYamlAndDuplicateKeysAreErrors() throws IOException {
        Path f = yaml("server:\n  port: [1\n");
        assertThatThrownBy(() -> HeedConfig.load(f, Map.of())).hasMessageContaining("is not valid YAML");
        Path g = yaml("server:\n  port: 1\n  port: 2\n");
        assertThatThrownBy(() -> HeedConfig.load(g, Map.of())).hasMessageContaining("port");
        Path h = yaml("- server\n");
        assertThatThrownBy(() -> HeedConfig.load(h, Map.of())).hasMessageContaining("not a list");
    }

    @Test
    void resolvedFillsTheDataDirectoryDefaults() {
        HeedConfig c = HeedConfig.defaults()
                .withStore(StoreConfig.defaults().withDataDir(Path.of("/d")))
                .resolved();
        assertThat(c.journal().dir()).isEqualTo(Path.of("/d/journal"));
        assertThat(c.models().persona()).isEqualTo(Path.of("/d/personas/persona-model.json"));
        assertThat(c.models().ctr()).isEqualTo(Path.of("/d/models/ctr.heedctr"));
        assertThat(c.store().resolvedUrl()).isEqualTo("jdbc:duckdb:/d/heed.duckdb");
        HeedConfig kept = HeedConfig.defaults()
                .withModels(new ModelsConfig(Path.of("p"), Path.of("c")))
                .resolved();
        assertThat(kept.models()).isEqualTo(new ModelsConfig(Path.of("p"), Path.of("c")));
    }
}
