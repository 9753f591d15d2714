package io.heed.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rules of docs/architecture.md over every module's main classes, product and lab, in one place: rooms depend
 * one way (foundation ← stages in loop order ← application ← front doors; the lab beside, never used by the
 * product), no package cycle anywhere, each room's SQL reached only by the room itself and the composition roots,
 * frameworks at the edges that own them.
 */
class ArchitectureTest {
    static JavaClasses classes;

    /** A room: its packages, and its tier (a room may use rooms of lower tiers only; equal tiers not at all). */
    record Room(String name, String pkg, int tier) {
        String[] packages() {
            return new String[] {pkg + ".."};
        }
    }

    static final List<Room> ROOMS = List.of(
            new Room("core", "io.heed.core", 0),
            new Room("storage", "io.heed.storage", 1),
            new Room("journal", "io.heed.journal", 2),
            new Room("events", "io.heed.events", 10),
            new Room("profiles", "io.heed.profiles", 20),
            new Room("recsys", "io.heed.recsys", 30),
            new Room("ctr", "io.heed.ctr", 30),
            new Room("ads", "io.heed.ads", 40),
            new Room("revenue", "io.heed.revenue", 60),
            new Room("experiments", "io.heed.experiments", 70),
            new Room("app", "io.heed.app", 80),
            new Room("server", "io.heed.server", 90),
            new Room("cli", "io.heed.cli", 91));

    static final String[] LAB = {"io.heed.sim..", "io.heed.bench.."};
    static final String[] COMPOSITION_ROOTS = {"io.heed.app..", "io.heed.server..", "io.heed.cli..", "io.heed.bench.."};

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.heed");
    }

    @Test
    void roomsDependOnlyOnRoomsBelowThem() {
        for (Room r : ROOMS) {
            List<String> notBelow = new ArrayList<>();
            for (Room o : ROOMS) {
                if (o != r && o.tier() >= r.tier()) {
                    notBelow.add(o.pkg() + "..");
                }
            }
            if (!notBelow.isEmpty()) {
                noClasses()
                        .that()
                        .resideInAPackage(r.pkg() + "..")
                        .should()
                        .dependOnClassesThat()
                        .resideInAnyPackage(notBelow.toArray(String[]::new))
                        .allowEmptyShould(true)
                        .as(r.name() + " uses only rooms below it")
                        .check(classes);
            }
        }
    }

    /** Revenue reads the ledger of events: it must not reach into personas, models or the ad engine. */
    @Test
    void revenueReadsOnlyTheLedger() {
        noClasses()
                .that()
                .resideInAPackage("io.heed.revenue..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("io.heed.profiles..", "io.heed.recsys..", "io.heed.ctr..", "io.heed.ads..")
                .check(classes);
    }

    @Test
    void theProductNeverUsesItsLab() {
        noClasses()
                .that()
                .resideOutsideOfPackages(LAB)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(LAB)
                .check(classes);
        noClasses()
                .that()
                .resideInAPackage("io.heed.sim..")
                .should()
                .dependOnClassesThat()
                .resideOutsideOfPackages("io.heed.sim..", "io.heed.core..", "java..", "com.fasterxml.jackson..")
                .as("the simulator stands on the core alone")
                .check(classes);
    }

    /** Every package its own slice, root packages included: no cycle between any two packages of Heed. */
    @Test
    void noPackageCycles() {
        slices().assignedFrom(new SliceAssignment() {
                    @Override
                    public SliceIdentifier getIdentifierOf(JavaClass c) {
                        return SliceIdentifier.of(c.getPackageName());
                    }

                    @Override
                    public String getDescription() {
                        return "each package";
                    }
                })
                .should()
                .beFreeOfCycles()
                .check(classes);
    }

    /** A room's SQL adapters are wired by the composition roots; other rooms use its ports, never its SQL. */
    @Test
    void aRoomsSqlIsUsedOnlyByTheRoomAndTheCompositionRoots() {
        for (Room r : ROOMS) {
            List<String> allowed = new ArrayList<>(List.of(COMPOSITION_ROOTS));
            allowed.add(r.pkg() + "..");
            noClasses()
                    .that()
                    .resideOutsideOfPackages(allowed.toArray(String[]::new))
                    .should()
                    .dependOnClassesThat()
                    .resideInAPackage(r.pkg() + ".sql..")
                    .allowEmptyShould(true)
                    .as("only " + r.name() + " and the composition roots use " + r.pkg() + ".sql")
                    .check(classes);
        }
    }

    /**
     * What one stage may use of another: its API packages, named here (like a module's exports). The composition
     * roots (app, server, cli, lab) wire rooms and may use any of their packages; a stage that needs more of
     * another must widen that room's API here, on purpose.
     */
    static final java.util.Map<String, List<String>> STAGE_API = java.util.Map.of(
            "io.heed.events",
                    List.of(
                            "io.heed.events.model..",
                            "io.heed.events.port..",
                            "io.heed.events.ingest..",
                            "io.heed.events.validate.."),
            "io.heed.profiles", List.of("io.heed.profiles", "io.heed.profiles.persona.."),
            "io.heed.recsys", List.of("io.heed.recsys", "io.heed.recsys.cold.."),
            "io.heed.ctr", List.of("io.heed.ctr", "io.heed.ctr.features.."),
            "io.heed.ads", List.of("io.heed.ads.model..", "io.heed.ads.port.."),
            "io.heed.revenue", List.of("io.heed.revenue"),
            "io.heed.experiments",
                    List.of(
                            "io.heed.experiments.registry..",
                            "io.heed.experiments.analysis..",
                            "io.heed.experiments.promotion.."));

    @Test
    void stagesUseOnlyEachOthersApi() {
        String[] stages = STAGE_API.keySet().stream().map(p -> p + "..").toArray(String[]::new);
        for (var e : STAGE_API.entrySet()) {
            List<String> outside = new ArrayList<>(List.of(stages));
            outside.remove(e.getKey() + "..");
            noClasses()
                    .that()
                    .resideInAnyPackage(outside.toArray(String[]::new))
                    .should()
                    .dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe(
                            "reside in " + e.getKey() + " but outside its API " + e.getValue(),
                            (JavaClass c) -> c.getPackageName().equals(e.getKey())
                                            || c.getPackageName().startsWith(e.getKey() + ".")
                                    ? e.getValue().stream().noneMatch(api -> matches(c.getPackageName(), api))
                                    : false))
                    .allowEmptyShould(true)
                    .check(classes);
        }
    }

    /** ArchUnit's package syntax for the two forms used above: "a.b" exactly, or "a.b.." with subpackages. */
    private static boolean matches(String pkg, String pattern) {
        if (pattern.endsWith("..")) {
            String base = pattern.substring(0, pattern.length() - 2);
            return pkg.equals(base) || pkg.startsWith(base + ".");
        }
        return pkg.equals(pattern);
    }

    @Test
    void onlyStorageJournalAndTheRoomsSqlTouchJdbc() {
        noClasses()
                .that()
                .resideOutsideOfPackages("io.heed.storage..", "io.heed.journal..", "..sql..", "io.heed.bench..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("java.sql..", "org.duckdb..", "org.postgresql..")
                .check(classes);
    }

    @Test
    void frameworksStayAtTheirEdges() {
        noClasses()
                .that()
                .resideOutsideOfPackages("io.heed.server..", "io.heed.bench.load..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.vertx..")
                .check(classes);
        noClasses()
                .that()
                .resideOutsideOfPackages("io.heed.cli..", "io.heed.bench.cli..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("picocli..")
                .check(classes);
        noClasses()
                .that()
                .resideOutsideOfPackage("io.heed.ctr.gbdt..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("ml.dmlc..", "scala..")
                .check(classes);
        noClasses()
                .that()
                .resideInAPackage("io.heed.bench..")
                .and()
                .resideOutsideOfPackage("io.heed.bench.cli..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.heed.cli..")
                .as("only the lab's command line uses the product's")
                .check(classes);
    }

    @Test
    void theFoundationIsPure() {
        noClasses()
                .that()
                .resideInAPackage("io.heed.core..")
                .should()
                .dependOnClassesThat()
                .resideOutsideOfPackages("io.heed.core..", "java..")
                .as("heed-core uses the JDK only")
                .check(classes);
        noClasses()
                .that()
                .resideInAPackage("io.heed.core.explore..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("java.sql..", "java.nio.file..")
                .as("exploration math does no I/O")
                .check(classes);
    }

    /** A model family's contract names none of its algorithms: they register themselves. */
    @Test
    void modelContractsNameNoAlgorithm() {
        noClasses()
                .that()
                .resideInAPackage("io.heed.recsys")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("io.heed.recsys.cf..", "io.heed.recsys.cold..", "io.heed.recsys.eval..")
                .check(classes);
        noClasses()
                .that()
                .resideInAPackage("io.heed.ctr")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "io.heed.ctr.blend..",
                        "io.heed.ctr.fm..",
                        "io.heed.ctr.ftrl..",
                        "io.heed.ctr.lr..",
                        "io.heed.ctr.gbdt..",
                        "io.heed.ctr.online..",
                        "io.heed.ctr.eval..",
                        "io.heed.ctr.data..",
                        "io.heed.ctr.explain..")
                .check(classes);
    }
}
