package io.heed.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.heed.app.config.HeedConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code heed serve --config}: the file configures, the flags override it, data-dir paths are filled in. */
class ServeConfigTest {
    @TempDir
    Path dir;

    private HeedConfig parse(String... args) {
        ServeCommand serve = new ServeCommand();
        new CommandLine(serve).parseArgs(args);
        return serve.config();
    }

    @Test
    void flagsOverrideTheFile() throws Exception {
        Path f = dir.resolve("heed.yaml");
        Files.writeString(
                f,
                "store:\n  dataDir: " + dir.resolve("file-data") + "\nserver:\n  host: 0.0.0.0\n"
                        + "  port: 9090\n  maxBatchEvents: 500\nads:\n  tenant: acme\n");
        HeedConfig fromFile = parse("--config", f.toString());
        assertThat(fromFile.server().port())
                .isEqualTo(System.getenv("HEED_PORT") == null ? 9090 : Integer.parseInt(System.getenv("HEED_PORT")));
        assertThat(fromFile.server().maxBatchEvents()).isEqualTo(500);
        assertThat(fromFile.ads().tenant()).isEqualTo("acme");

        Path flagData = dir.resolve("flag-data");
        HeedConfig c = parse(
                "--config", f.toString(), "--port", "0", "--host", "127.0.0.1", "--data-dir", flagData.toString());
        assertThat(c.server().port()).isZero();
        assertThat(c.server().host()).isEqualTo("127.0.0.1");
        assertThat(c.server().maxBatchEvents()).isEqualTo(500);
        assertThat(c.store().dataDir()).isEqualTo(flagData);
        assertThat(c.journal().dir()).isEqualTo(flagData.resolve("journal"));
        assertThat(c.models().persona()).isEqualTo(flagData.resolve("personas/persona-model.json"));
        assertThat(c.models().ctr()).isEqualTo(flagData.resolve("models/ctr.heedctr"));
    }

    @Test
    void withoutAFileTheDefaultsServeAsBefore() {
        HeedConfig c = parse();
        assertThat(c.server().host()).isEqualTo(System.getenv().getOrDefault("HEED_HOST", "127.0.0.1"));
        assertThat(c.journal().dir()).isEqualTo(c.store().dataDir().resolve("journal"));
    }
}
