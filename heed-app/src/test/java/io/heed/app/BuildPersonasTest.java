package io.heed.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.heed.events.ingest.IngestFormat;
import io.heed.profiles.ProfileMatrix;
import io.heed.profiles.persona.PersonaConfig;
import io.heed.profiles.persona.PersonaModel;
import io.heed.profiles.sql.PersonaLabels;
import io.heed.storage.HeedStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two planted groups of readers (sports in the morning, news at night) come out as two personas, saved, and every
 * user is labelled with theirs.
 */
class BuildPersonasTest {
    @TempDir
    Path dir;

    @Test
    void buildsTwoPersonasScoresThemAgainstTheTruthAndSavesTheModel() throws Exception {
        StringBuilder items = new StringBuilder("item_id,category,tags,price,title,description\n");
        for (int i = 0; i < 6; i++) {
            items.append("s").append(i).append(",sports,,1.0,Sports ").append(i).append(",\n");
            items.append("n").append(i).append(",news,,1.0,News ").append(i).append(",\n");
        }
        StringBuilder events = new StringBuilder("event_id,type,user_id,item_id,timestamp,session_id,page\n");
        StringBuilder truth = new StringBuilder("user_id,persona\n");
        int id = 0;
        for (int u = 0; u < 40; u++) {
            boolean sports = u < 20;
            truth.append("u").append(u).append(sports ? ",sports_fan\n" : ",news_reader\n");
            for (int e = 0; e < 12; e++) {
                String item = (sports ? "s" : "n") + (e % 6);
                String at = String.format("2026-10-%02dT%02d:%02d:00Z", 1 + e % 7, sports ? 7 : 21, (u + e) % 60);
                events.append("e")
                        .append(id++)
                        .append(",view,u")
                        .append(u)
                        .append(',')
                        .append(item)
                        .append(',')
                        .append(at)
                        .append(",s")
                        .append(u)
                        .append('_')
                        .append(e % 7)
                        .append(",item/")
                        .append(item)
                        .append('\n');
            }
        }
        Path truthFile = Files.writeString(dir.resolve("truth.csv"), truth.toString());
        try (HeedStore store = HeedStore.openEmbedded(dir.resolve("data"))) {
            IngestFiles ingest = new IngestFiles(store, IngestFiles.policy("default", java.util.Set.of()));
            ingest.ingest(Files.writeString(dir.resolve("items.csv"), items.toString()), IngestFormat.ITEMS_CSV);
            ingest.ingest(Files.writeString(dir.resolve("events.csv"), events.toString()), IngestFormat.EVENTS_CSV);

            List<String> shown = new ArrayList<>();
            PersonaModel model = new BuildPersonas(store, null)
                    .build(PersonaConfig.fixedK(2, 7).withRestarts(4), truthFile, 0, new BuildPersonas.Listener() {
                        @Override
                        public void profiles(ProfileMatrix m) {
                            shown.add("profiles " + m.rows());
                        }

                        @Override
                        public void clustered(PersonaModel m) {
                            shown.add("k " + m.k());
                        }

                        @Override
                        public void ari(Path file, double ari) {
                            shown.add("ari");
                        }
                    });

            assertThat(shown).containsExactly("profiles 40", "k 2", "ari");
            assertThat(model.k()).isEqualTo(2);
            assertThat(model.descriptions()).hasSize(2);
            assertThat(model.provenance().metrics().get("ari_vs_truth")).isGreaterThan(0.9);
            assertThat(model.provenance().metrics()).doesNotContainKey("bootstrap_jaccard");

            Path file = dir.resolve("models/personas.json");
            BuildPersonas.save(model, file);
            assertThat(new Models(file, null).persona().orElseThrow().k()).isEqualTo(2);

            // every user labelled with one of the model's personas, and the labels kept in the store
            LabelPersonas labelling = new LabelPersonas(store);
            assertThat(labelling.refresh(model, "default")).isEqualTo(40);
            var stored = new PersonaLabels(store).load("default");
            assertThat(stored).hasSize(40);
            assertThat(stored.get("u0")).isNotEqualTo(stored.get("u39")).isEqualTo(stored.get("u19"));
            assertThat(labelling.labels(model, "default")).isEqualTo(stored);
        }
    }

    @Test
    void theTruthFileLeavesOutItsHeaderBotsAndBlankLabels() throws Exception {
        Path f = Files.writeString(dir.resolve("t.csv"), "user_id,persona\nu1,a\nu2,bot\nu3,\nu4,b\n");
        assertThat(BuildPersonas.readTruth(f)).containsOnlyKeys("u1", "u4");
    }
}
