package io.heed.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** docs/heed.yaml, the reference file, and HeedConfig's defaults cannot drift apart. */
class ReferenceConfigTest {
    static final Path REFERENCE = Path.of("..", "docs", "heed.yaml");

    @Test
    void theReferenceFileLoadsToTheDefaults() {
        assertThat(HeedConfig.load(REFERENCE, Map.of())).isEqualTo(HeedConfig.defaults());
    }

    @Test
    void everySectionAndKeyIsInTheReferenceFile() throws IOException {
        String text = Files.readString(REFERENCE);
        for (RecordComponent section : HeedConfig.class.getRecordComponents()) {
            assertThat(text)
                    .as("section %s", section.getName())
                    .containsPattern(Pattern.compile("(?m)^" + section.getName() + ":$"));
            for (RecordComponent key : section.getType().getRecordComponents()) {
                assertThat(text)
                        .as("key %s.%s", section.getName(), key.getName())
                        .containsPattern(Pattern.compile("(?m)^  " + key.getName() + ":"));
            }
        }
    }

    @Test
    void everyKeyHasAComment() throws IOException {
        var lines = Files.readAllLines(REFERENCE);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).matches("  \\w+:.*")) {
                assertThat(lines.get(i - 1))
                        .as("comment above %s", lines.get(i))
                        .startsWith("  #");
            }
        }
    }
}
