package io.heed.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.heed.app.config.ModelsConfig;
import io.heed.profiles.persona.PersonaModel;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Model files loaded if present, kept until they change, and a broken one refused with its name. */
class ModelsTest {
    @TempDir
    Path dir;

    private Path savedPersonaModel(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        try (InputStream in = ModelsTest.class.getResourceAsStream("persona-model.json")) {
            Files.write(file, in.readAllBytes());
        }
        return file;
    }

    @Test
    void noFileOrNoPathMeansNoModel() {
        Models unset = Models.of(ModelsConfig.defaults());
        assertThat(unset.persona()).isEmpty();
        assertThat(unset.ctr()).isEmpty();
        Models missing = Models.of(ModelsConfig.defaults()
                .withPersona(ModelsConfig.defaultPersona(dir))
                .withCtr(ModelsConfig.defaultCtr(dir)));
        assertThat(missing.personaFile()).isEqualTo(ModelsConfig.defaultPersona(dir));
        assertThat(missing.persona()).isEmpty();
        assertThat(missing.ctr()).isEmpty();
        assertThatThrownBy(missing::requireCtr)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("no CTR model at " + missing.ctrFile() + "; run `heed ctr train` first");
    }

    @Test
    void aSavedModelIsLoadedOnceAndReReadWhenItChanges() throws IOException {
        Path file = savedPersonaModel(dir.resolve("models/personas.json"));
        Models models = new Models(file, null);
        PersonaModel first = models.persona().orElseThrow();
        assertThat(first.k()).isPositive();
        assertThat(models.persona()).containsSame(first);

        Files.setLastModifiedTime(
                file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 5_000));
        assertThat(models.persona().orElseThrow()).isNotSameAs(first);
    }

    @Test
    void aBrokenFileIsRefusedNamingIt() throws IOException {
        Path persona = Files.writeString(dir.resolve("personas.json"), "{\"format\": \"other\"}");
        Path ctr = Files.writeString(dir.resolve("ctr.heedctr"), "not a model");
        Models models = new Models(persona, ctr);
        assertThatThrownBy(models::persona)
                .isInstanceOf(Models.Unreadable.class)
                .hasMessageStartingWith("cannot load the persona model " + persona + ": ")
                .satisfies(e -> assertThat(((Models.Unreadable) e).file()).isEqualTo(persona));
        assertThatThrownBy(models::ctr)
                .isInstanceOf(Models.Unreadable.class)
                .hasMessageStartingWith("cannot load the CTR model " + ctr + ": ")
                .hasMessageContaining("bad magic");
    }
}
