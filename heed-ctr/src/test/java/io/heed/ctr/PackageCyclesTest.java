package io.heed.ctr;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import org.junit.jupiter.api.Test;

/**
 * The packages of heed-ctr depend on each other one way: features and calibration at the bottom, the root
 * (serving interface, artifact, files) above them, the families and tools above the root.
 */
class PackageCyclesTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.heed.ctr");

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
    void theRootNamesNoFamily() {
        noClasses().that().resideInAPackage("io.heed.ctr")
                .should().dependOnClassesThat().resideInAnyPackage("io.heed.ctr.blend..", "io.heed.ctr.fm..",
                        "io.heed.ctr.ftrl..", "io.heed.ctr.lr..", "io.heed.ctr.gbdt..", "io.heed.ctr.online..",
                        "io.heed.ctr.eval..", "io.heed.ctr.data..", "io.heed.ctr.explain..")
                .check(CLASSES);
    }

    @Test
    void clickModelsDoNotUseTheRecommenders() {
        noClasses().that().resideInAPackage("io.heed.ctr..")
                .should().dependOnClassesThat().resideInAPackage("io.heed.recsys..").check(CLASSES);
    }
}
