package io.heed.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering of docs/architecture.md: foundations below stages below edges, dependencies pointing one way,
 * frameworks only at the edges that own them. These are the product's classes (heed.jar's); the lab's rules
 * (heed-sim, heed-bench) are checked in heed-bench's LabArchitectureTest, where those classes are on the classpath.
 */
class ArchitectureTest {
    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.heed");
    }

    @Test
    void coreDependsOnNothingOfHeed() {
        noClasses().that().resideInAPackage("io.heed.core..")
                .should().dependOnClassesThat().resideInAnyPackage("io.heed.events..", "io.heed.ads..",
                        "io.heed.storage..", "io.heed.journal..", "io.heed.sim..", "io.heed.server..",
                        "io.heed.bench..", "io.heed.cli..")
                .check(classes);
    }

    /** The store's foundation names no room: rooms bring their migrations ({@code Schema}), it finds them. */
    @Test
    void storageAndJournalDependOnNoStage() {
        noClasses().that().resideInAnyPackage("io.heed.storage..", "io.heed.journal..")
                .should().dependOnClassesThat().resideInAnyPackage(STAGES.toArray(String[]::new))
                .check(classes);
        noClasses().that().resideInAnyPackage("io.heed.storage..", "io.heed.journal..")
                .should().dependOnClassesThat().resideInAnyPackage("io.heed.sim..",
                        "io.heed.server..", "io.heed.bench..", "io.heed.cli..")
                .check(classes);
        noClasses().that().resideInAPackage("io.heed.storage..")
                .should().dependOnClassesThat().resideInAPackage("io.heed.journal..").check(classes);
    }

    @Test
    void exploreIsPureMathOverTheCore() {
        noClasses().that().resideInAPackage("io.heed.core.explore..")
                .should().dependOnClassesThat().resideInAnyPackage("io.heed.events..", "io.heed.profiles..",
                        "io.heed.recsys..", "io.heed.ctr..", "io.heed.ads..", "io.heed.experiments..",
                        "io.heed.sim..",
                        "io.heed.server..", "io.heed.bench..", "io.heed.cli..", "java.sql..", "java.nio.file..")
                .check(classes);
    }

    /** The application layer sits between the stages and the front doors, and owns no framework of theirs. */
    @Test
    void theApplicationLayerUsesNoFrontDoorNorItsFrameworks() {
        noClasses().that().resideInAPackage("io.heed.app..")
                .should().dependOnClassesThat().resideInAnyPackage("io.heed.server..", "io.heed.cli..",
                        "io.heed.sim..", "io.heed.bench..", "io.vertx..", "picocli..")
                .check(classes);
        noClasses().that().resideInAnyPackage(STAGES.toArray(String[]::new))
                .should().dependOnClassesThat().resideInAPackage("io.heed.app..")
                .check(classes);
    }

    /** The stages in pipeline order: each may use only the stages before it (and the foundations). */
    private static final List<String> STAGES = List.of("io.heed.events..", "io.heed.profiles..",
            "io.heed.recsys..", "io.heed.ctr..", "io.heed.ads..", "io.heed.revenue..", "io.heed.experiments..");

    @Test
    void stagesDependOnlyOnEarlierStagesAndFoundations() {
        noClasses().that().resideInAnyPackage(STAGES.toArray(String[]::new))
                .should().dependOnClassesThat().resideInAnyPackage("io.heed.sim..",
                        "io.heed.server..", "io.heed.bench..", "io.heed.cli..", "io.vertx..", "picocli..")
                .check(classes);
        // each room's SQL lives in its sql package; the rest of the room is plain Java over its ports
        noClasses().that().resideInAnyPackage(STAGES.toArray(String[]::new)).and().resideOutsideOfPackage("..sql..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.duckdb..", "org.postgresql..")
                .check(classes);
        for (int i = 0; i < STAGES.size() - 1; i++) {
            List<String> later = STAGES.subList(i + 1, STAGES.size());
            noClasses().that().resideInAPackage(STAGES.get(i))
                    .should().dependOnClassesThat().resideInAnyPackage(later.toArray(String[]::new))
                    .check(classes);
        }
        // Revenue reads the ledger of events only: it must not reach into personas, models or the ad engine.
        noClasses().that().resideInAPackage("io.heed.revenue..")
                .should().dependOnClassesThat().resideInAnyPackage("io.heed.profiles..", "io.heed.recsys..",
                        "io.heed.ctr..", "io.heed.ads..")
                .check(classes);
    }

    /** Two products, not one: click models and the ad engine use no recommender; the auction no native trees. */
    @Test
    void clickModelsAndTheAdEngineStayOffTheRecommenders() {
        noClasses().that().resideInAPackage("io.heed.ctr..")
                .should().dependOnClassesThat().resideInAPackage("io.heed.recsys..")
                .check(classes);
        noClasses().that().resideInAPackage("io.heed.ads..")
                .should().dependOnClassesThat().resideInAnyPackage("io.heed.recsys..", "io.heed.ctr.gbdt..")
                .check(classes);
    }

    @Test
    void edgesDoNotDependOnEachOtherBackwards() {
        noClasses().that().resideInAPackage("io.heed.server..")
                .should().dependOnClassesThat().resideInAnyPackage("io.heed.sim..", "io.heed.bench..", "io.heed.cli..")
                .check(classes);
    }

    /** The product (heed.jar) does not contain its lab: no simulator, harness, benchmark or load generator. */
    @Test
    void theProductDoesNotDependOnItsLab() {
        noClasses().that().resideInAPackage("io.heed.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("io.heed.bench..", "io.heed.sim..")
                .check(classes);
    }

    @Test
    void frameworksStayAtTheirEdges() {
        noClasses().that().resideOutsideOfPackage("io.heed.server..")
                .should().dependOnClassesThat().resideInAPackage("io.vertx..").check(classes);
        noClasses().that().resideOutsideOfPackage("io.heed.cli..")
                .should().dependOnClassesThat().resideInAPackage("picocli..").check(classes);
        noClasses().that().resideOutsideOfPackages("io.heed.storage..", "..sql..",
                        "io.heed.bench..")
                .should().dependOnClassesThat().resideInAnyPackage("org.duckdb..", "org.postgresql..").check(classes);
        noClasses().that().resideOutsideOfPackages("io.heed.ctr.gbdt..")
                .should().dependOnClassesThat().resideInAPackage("ml.dmlc..").check(classes);
    }
}
