package io.heed.recsys;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.Test;

/** The packages of heed-recsys depend on each other one way: the contract names no algorithm. */
class PackageCyclesTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.heed.recsys");

    /** Every package its own slice, the root included (a pattern like "x.(*).." would leave the root out). */
    private static final SliceAssignment EACH_PACKAGE = new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass c) {
            return SliceIdentifier.of(c.getPackageName());
        }

        @Override
        public String getDescription() {
            return "each package";
        }
    };

    @Test
    void packagesAreFreeOfCycles() {
        slices().assignedFrom(EACH_PACKAGE).should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void theContractDependsOnNoSubpackage() {
        noClasses().that().resideInAPackage("io.heed.recsys")
                .should().dependOnClassesThat().resideInAnyPackage("io.heed.recsys.cf..", "io.heed.recsys.cold..",
                        "io.heed.recsys.eval..")
                .check(CLASSES);
    }
}
