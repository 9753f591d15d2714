package io.heed.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The checkpoint threshold, from {@link StoreTuning} or {@code -Dheed.duckdb.checkpointThreshold} (which overrides
 * it): a size is applied to the embedded store; anything else is refused.
 */
class CheckpointThresholdTest {
    private static final String PROPERTY = "heed.duckdb.checkpointThreshold";

    @TempDir
    Path dir;

    @AfterEach
    void clear() {
        System.clearProperty(PROPERTY);
    }

    @Test
    void aSizeIsAppliedAndAnythingElseRefusedNamingTheProperty() {
        System.setProperty(PROPERTY, "256MB");
        try (HeedStore store = HeedStore.openEmbedded(dir.resolve("a"))) {
            String value = store.read(c -> {
                try (Statement s = c.createStatement();
                        ResultSet r = s.executeQuery("SELECT current_setting('checkpoint_threshold')")) {
                    r.next();
                    return r.getString(1);
                }
            });
            assertThat(value).isEqualTo("244.1 MiB"); // 256 MB as DuckDB prints it (in MiB)
        }
        System.setProperty(PROPERTY, "256 bananas; DROP TABLE events");
        assertThatThrownBy(() -> HeedStore.openEmbedded(dir.resolve("b"))).hasMessageContaining(PROPERTY);
    }

    @Test
    void theTuningSetsItAndThePropertyOverridesIt() {
        try (HeedStore store = HeedStore.open("jdbc:duckdb:" + dir.resolve("c/heed.duckdb"), new StoreTuning("64MB"))) {
            assertThat(threshold(store)).isEqualTo("61.0 MiB");
        }
        System.setProperty(PROPERTY, "256MB");
        try (HeedStore store = HeedStore.open("jdbc:duckdb:" + dir.resolve("d/heed.duckdb"), new StoreTuning("64MB"))) {
            assertThat(threshold(store)).isEqualTo("244.1 MiB");
        }
        assertThatThrownBy(() -> new StoreTuning("lots")).hasMessageContaining("checkpointThreshold");
    }

    private static String threshold(HeedStore store) {
        return store.read(c -> {
            try (Statement s = c.createStatement();
                    ResultSet r = s.executeQuery("SELECT current_setting('checkpoint_threshold')")) {
                r.next();
                return r.getString(1);
            }
        });
    }
}
