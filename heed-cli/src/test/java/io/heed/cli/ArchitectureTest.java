package io.heed.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering of docs/architecture.md: foundations below stages below edges, dependencies pointing one way,
 * frameworks only at the edges that own them.
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
                        "io.heed.store..", "io.heed.sim..", "io.heed.server..", "io.heed.bench..", "io.heed.cli..")
                .check(classes);
    }

    @Test
    void exploreIsPureMathOverTheCore() {
        noClasses().that().resideInAPackage("io.heed.explore..")
                .should().dependOnClassesThat().resideInAnyPackage("io.heed.events..", "io.heed.profiles..",
                        "io.heed.models..", "io.heed.ads..", "io.heed.experiments..", "io.heed.store..", "io.heed.sim..",
                        "io.heed.server..", "io.heed.bench..", "io.heed.cli..", "java.sql..", "java.nio.file..")
                .check(classes);
    }

    @Test
    void stagesDependOnlyOnEarlierStagesAndFoundations() {
        noClasses().that().resideInAnyPackage("io.heed.events..", "io.heed.profiles..", "io.heed.models..",
                        "io.heed.ads..", "io.heed.experiments..")
                .should().dependOnClassesThat().resideInAnyPackage("io.heed.store..", "io.heed.sim..",
                        "io.heed.server..", "io.heed.bench..", "io.heed.cli..", "java.sql..", "org.duckdb..",
                        "org.postgresql..", "io.vertx..", "picocli..")
                .check(classes);
        noClasses().that().resideInAPackage("io.heed.events..")
                .should().dependOnClassesThat().resideInAnyPackage("io.heed.profiles..", "io.heed.models..",
                        "io.heed.ads..", "io.heed.experiments..")
                .check(classes);
        // Rules for stages that may not be built yet are allowed to find no classes.
        noClasses().that().resideInAPackage("io.heed.profiles..")
                .should().dependOnClassesThat().resideInAnyPackage("io.heed.models..", "io.heed.ads..",
                        "io.heed.experiments..")
                .allowEmptyShould(true).check(classes);
        noClasses().that().resideInAPackage("io.heed.models..")
                .should().dependOnClassesThat().resideInAnyPackage("io.heed.ads..", "io.heed.experiments..")
                .allowEmptyShould(true).check(classes);
        noClasses().that().resideInAPackage("io.heed.ads..")
                .should().dependOnClassesThat().resideInAnyPackage("io.heed.experiments..")
                .check(classes);
    }

    @Test
    void theEventsStageDependsOnlyOnFoundationsAndNoFramework() {
        noClasses().that().resideInAPackage("io.heed.events..")
                .should().dependOnClassesThat().resideInAnyPackage("io.heed.store..", "io.heed.sim..",
                        "io.heed.server..", "io.heed.bench..", "io.heed.cli..", "java.sql..", "org.duckdb..",
                        "org.postgresql..", "io.vertx..", "picocli..")
                .check(classes);
    }

    @Test
    void edgesDoNotDependOnEachOtherBackwards() {
        noClasses().that().resideInAPackage("io.heed.store..")
                .should().dependOnClassesThat().resideInAnyPackage("io.heed.sim..", "io.heed.server..",
                        "io.heed.bench..", "io.heed.cli..")
                .check(classes);
        noClasses().that().resideInAPackage("io.heed.sim..")
                .should().dependOnClassesThat().resideInAnyPackage("io.heed.events..", "io.heed.store..",
                        "io.heed.server..", "io.heed.bench..", "io.heed.cli..")
                .check(classes);
        noClasses().that().resideInAPackage("io.heed.server..")
                .should().dependOnClassesThat().resideInAnyPackage("io.heed.sim..", "io.heed.bench..", "io.heed.cli..")
                .check(classes);
        noClasses().that().resideInAPackage("io.heed.bench..")
                .should().dependOnClassesThat().resideInAnyPackage("io.heed.cli..")
                .check(classes);
    }

    @Test
    void frameworksStayAtTheirEdges() {
        noClasses().that().resideOutsideOfPackage("io.heed.server..")
                .should().dependOnClassesThat().resideInAPackage("io.vertx..").check(classes);
        noClasses().that().resideOutsideOfPackage("io.heed.cli..")
                .should().dependOnClassesThat().resideInAPackage("picocli..").check(classes);
        noClasses().that().resideOutsideOfPackages("io.heed.store..", "io.heed.bench..")
                .should().dependOnClassesThat().resideInAnyPackage("org.duckdb..", "org.postgresql..").check(classes);
    }
}
