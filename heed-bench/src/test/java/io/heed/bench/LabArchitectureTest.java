package io.heed.bench;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The lab's side of docs/architecture.md, checked where the lab's classes and the product's are both on the
 * classpath: the lab (heed-sim, heed-bench) depends on the product, never the reverse. heed-cli's ArchitectureTest
 * checks the product's own layering.
 */
class LabArchitectureTest {
    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.heed");
    }

    @Test
    void noProductClassDependsOnTheLab() {
        noClasses().that().resideOutsideOfPackages("io.heed.bench..", "io.heed.sim..")
                .should().dependOnClassesThat().resideInAnyPackage("io.heed.bench..", "io.heed.sim..")
                .check(classes);
    }

    @Test
    void theSimulatorStandsOnTheCoreAlone() {
        noClasses().that().resideInAPackage("io.heed.sim..")
                .should().dependOnClassesThat().resideInAnyPackage("io.heed.events..", "io.heed.store..",
                        "io.heed.server..", "io.heed.bench..", "io.heed.cli..")
                .check(classes);
    }

    @Test
    void onlyTheLabsCommandLineUsesTheCli() {
        noClasses().that().resideInAPackage("io.heed.bench..").and().resideOutsideOfPackage("io.heed.bench.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("io.heed.cli..", "picocli..")
                .check(classes);
    }

    @Test
    void vertxStaysInTheServerAndTheLoadGenerator() {
        noClasses().that().resideOutsideOfPackages("io.heed.server..", "io.heed.bench.load..")
                .should().dependOnClassesThat().resideInAPackage("io.vertx..").check(classes);
    }
}
