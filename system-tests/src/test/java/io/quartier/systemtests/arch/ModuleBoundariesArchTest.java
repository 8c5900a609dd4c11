package io.quartier.systemtests.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** DESIGN.md section 4, checked on the compiled classes and migrations of every module. */
class ModuleBoundariesArchTest {

    static final List<String> CORE = List.of("identity", "catalog", "ordering", "payment", "delivery",
            "promotion", "reporting", "partner");
    static final List<String> OPTIONAL = List.of("recommendation", "loyalty", "ghostkitchen", "chat", "disputes");
    static final Path ROOT = Path.of(System.getProperty("quartier.root", ".."));

    static JavaClasses classes;

    @BeforeAll
    static void importEveryModule() throws IOException {
        List<Path> dirs = new ArrayList<>();
        try (Stream<Path> found = Files.walk(ROOT, 5)) {
            found.filter(p -> p.endsWith(Path.of("target", "classes")) && !p.startsWith(ROOT.resolve("system-tests")))
                    .forEach(dirs::add);
        }
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPaths(dirs);
        assertTrue(classes.size() > 50, "the modules are built before the architecture tests run");
    }

    @Test
    void aModuleUsesOtherModulesOnlyThroughTheirApi() {
        for (String module : CORE) {
            for (String other : CORE) {
                if (!other.equals(module)) {
                    noClasses().that().resideInAPackage("io.quartier." + module + "..")
                            .should().dependOnClassesThat(
                                    com.tngtech.archunit.base.DescribedPredicate.describe("internals of " + other,
                                            c -> c.getPackageName().startsWith("io.quartier." + other + ".")
                                                    && !c.getPackageName().startsWith("io.quartier." + other + ".api")))
                            .allowEmptyShould(true)
                            .check(classes);
                }
            }
        }
    }

    @Test
    void theCoreNeverDependsOnOptionalModules() {
        for (String module : CORE) {
            for (String optional : OPTIONAL) {
                noClasses().that().resideInAPackage("io.quartier." + module + "..")
                        .should().dependOnClassesThat().resideInAPackage("io.quartier." + optional + "..")
                        .allowEmptyShould(true)
                        .check(classes);
            }
        }
    }

    @Test
    void apiJarsCarryNoPersistenceNorEjb() {
        noClasses().that().resideInAPackage("io.quartier.*.api..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "jakarta.ejb..")
                .check(classes);
    }

    @Test
    void theKernelKnowsNoModule() {
        noClasses().that().resideInAPackage("io.quartier.kernel..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        CORE.stream().map(m -> "io.quartier." + m + "..").toArray(String[]::new))
                .check(classes);
    }

    @Test
    void theDomainDependsOnNoOuterLayer() {
        noClasses().that().resideInAPackage("io.quartier.*.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("io.quartier.*.application..",
                        "io.quartier.*.infrastructure..", "io.quartier.*.interfaces..")
                .check(classes);
        noClasses().that().resideInAPackage("io.quartier.*.infrastructure..")
                .should().dependOnClassesThat().resideInAPackage("io.quartier.*.interfaces..")
                .check(classes);
    }

    @Test
    void entitiesLiveInTheirOwnModulesDomain() {
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes()
                .that().areAnnotatedWith("jakarta.persistence.Entity")
                .should().resideInAPackage("io.quartier.*.domain.model..")
                .check(classes);
    }

    /** Rule 1: a module's migrations touch only its own schema; no SQL names another module's schema. */
    @Test
    void migrationsNeverNameAnotherModulesSchema() throws IOException {
        int scripts = 0;
        try (Stream<Path> found = Files.walk(ROOT.resolve("modules"))) {
            for (Path sql : found.filter(p -> p.toString().endsWith(".sql") && p.toString().contains("src/main")).toList()) {
                scripts++;
                String module = sql.getParent().getFileName().toString();
                String text = Files.readString(sql).toLowerCase();
                for (String other : CORE) {
                    if (!other.equals(module)) {
                        assertTrue(!text.matches("(?s).*\\b" + other + "\\.[a-z_]+.*"),
                                sql + " names a table of schema " + other);
                    }
                }
            }
        }
        assertEquals(true, scripts >= 5, "every module has its migrations");
    }
}
