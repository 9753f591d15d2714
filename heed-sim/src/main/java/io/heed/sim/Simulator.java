package io.heed.sim;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.LongConsumer;

/**
 * A seeded synthetic publisher. {@link #run} writes, into one directory:
 * <ul>
 *   <li>{@code events.csv}, {@code items.csv}, {@code users.csv}, {@code ads.csv}: what the publisher would log;</li>
 *   <li>{@code truth/}: personas, persona definitions, the true click/convert probability of every impression,
 *       bots, identities, latent item/ad terms and the attention model;</li>
 *   <li>{@code manifest.json}: the configuration and counts.</li>
 * </ul>
 * The same configuration gives byte-identical files. See the module README for the generative model.
 */
public final class Simulator {
    private final SimConfig cfg;

    public Simulator(SimConfig cfg) {
        this.cfg = Objects.requireNonNull(cfg, "cfg");
    }

    /** Writes the files into {@code outDir} (created if missing); {@code progress} receives lines written so far. */
    public SimSummary run(Path outDir, LongConsumer progress) throws IOException {
        Objects.requireNonNull(outDir, "outDir");
        Objects.requireNonNull(progress, "progress");
        Path truth = outDir.resolve("truth");
        Files.createDirectories(truth);

        // One stream per component, split in a fixed order, so each component's draws never shift another's.
        SplittableRandom root = new SplittableRandom(cfg.seed());
        SplittableRandom personaRng = root.split();
        SplittableRandom catalogRng = root.split();
        SplittableRandom adRng = root.split();
        SplittableRandom userRng = root.split();
        SplittableRandom behaviourRng = root.split();
        SplittableRandom duplicateRng = root.split();

        List<Persona> personas = Personas.plant(cfg.personas(), personaRng);
        Catalog catalog = Catalog.generate(cfg.items(), catalogRng);
        AdInventory ads = AdInventory.generate(cfg.advertisers(), cfg.ads(), catalog, adRng);
        UserPopulation population = UserPopulation.generate(cfg, personas, userRng);
        AttentionModel model = new AttentionModel(AttentionParams.defaults(), catalog);

        EntityWriter.items(outDir.resolve("items.csv"), cfg.tenantId(), catalog);
        EntityWriter.users(outDir.resolve("users.csv"), cfg.tenantId(), population);
        EntityWriter.ads(outDir.resolve("ads.csv"), ads, catalog);
        GroundTruthWriter.personas(truth, personas, population);
        GroundTruthWriter.bots(truth, population);
        GroundTruthWriter.identities(truth, population);
        GroundTruthWriter.latents(truth, catalog, ads);
        GroundTruthWriter.attentionModel(truth, model.params());

        BehaviourGenerator.Stats stats;
        CsvEventWriter writer = new CsvEventWriter(
                outDir.resolve("events.csv"),
                truth.resolve("impressions.csv"),
                cfg.tenantId(),
                population,
                catalog,
                ads,
                duplicateRng,
                progress);
        try (writer) {
            stats = new BehaviourGenerator(cfg, personas, population, catalog, ads, model, behaviourRng).run(writer);
        }
        SimSummary summary = new SimSummary(
                writer.lines(),
                writer.linesByType(),
                population.humans(),
                population.users().size() - population.humans(),
                catalog.size(),
                ads.size(),
                ads.advertisers(),
                ads.campaigns(),
                personas.size(),
                population.devices().size(),
                stats.sessions(),
                writer.duplicates());
        GroundTruthWriter.manifest(outDir.resolve("manifest.json"), cfg, summary);
        return summary;
    }
}
