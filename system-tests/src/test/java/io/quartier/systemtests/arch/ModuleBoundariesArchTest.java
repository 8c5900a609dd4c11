package io.quartier.systemtests.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaEnumConstant;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * DESIGN.md section 4 and the layout of a context (STYLE.md), checked on the compiled classes and resources of
 * every module. Rules are made for each context that is built; the contexts that exist today must all be there,
 * so no rule passes because it found nothing. {@link PlantedViolationsArchTest} shows each rule failing.
 */
class ModuleBoundariesArchTest {

    static final List<String> CORE = List.of("identity", "catalog", "ordering", "payment", "delivery",
            "promotion", "reporting", "partner");
    static final List<String> OPTIONAL = List.of("recommendation", "loyalty", "ghostkitchen", "chat", "disputes");
    /** The contexts built today: each must be found, or the rules would check nothing about it. */
    static final List<String> BUILT = List.of("identity", "catalog", "ordering", "payment", "delivery",
            "promotion", "recommendation");
    static final List<String> UI = List.of("ui", "shop", "backoffice");
    /** The contexts that hold amounts of money: each has fields that rule 5 reads. */
    static final List<String> MONEY = List.of("catalog", "ordering", "payment", "promotion", "delivery");
    static final String TRANSACTIONAL = "jakarta.transaction.Transactional";
    static final Path ROOT = Path.of(System.getProperty("quartier.root", ".."));

    static final ArchitectureRules RULES = ArchitectureRules.quartier();

    static JavaClasses classes;
    static List<String> contexts;

    @BeforeAll
    static void importEveryModule() throws IOException {
        List<Path> dirs = new ArrayList<>();
        try (Stream<Path> found = Files.walk(ROOT, 5)) {
            found.filter(p -> p.endsWith(Path.of("target", "classes")) && !p.startsWith(ROOT.resolve("system-tests")))
                    .forEach(dirs::add);
        }
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPaths(dirs);
        assertTrue(classes.size() > 50, "the modules are built before the architecture tests run");
        contexts = Stream.concat(CORE.stream(), OPTIONAL.stream())
                .filter(c -> classes.stream().anyMatch(k -> k.getPackageName().startsWith("io.quartier." + c + ".")))
                .toList();
        assertTrue(contexts.containsAll(BUILT), "every context built today is imported: " + contexts);
    }

    @Test
    void aModuleUsesOtherModulesOnlyThroughTheirApi() {
        everyContext(c -> RULES.noModuleUsesAnothersInternals(c, contexts));
    }

    @Test
    void theCoreNeverDependsOnOptionalModules() {
        coreContexts(c -> RULES.coreNeverDependsOnOptional(c, OPTIONAL));
    }

    /**
     * Rule 4 in the webapps: an optional module is asked through one guarded client (short timeouts, nothing shown
     * when it does not answer), never from a page's view directly.
     */
    @Test
    void webappsReachAnOptionalModuleOnlyThroughItsGuardedClient() {
        noClasses().that().resideInAnyPackage("io.quartier.shop..", "io.quartier.backoffice..", "io.quartier.ui..")
                .and().resideOutsideOfPackage("io.quartier.shop.suggestion..")
                .should().dependOnClassesThat().resideInAnyPackage(OPTIONAL.stream().map(m -> "io.quartier." + m + "..")
                        .toArray(String[]::new))
                .check(classes);
    }

    /**
     * Issue 10: no gateway call happens inside a database transaction that can still roll back. A method that runs in
     * a transaction ({@code @Transactional}, unless NOT_SUPPORTED or NEVER) never calls the payment gateway's port
     * itself; the gateway is asked by a method with no transaction, between two that record the intent and the answer.
     * (A direct call only: a private helper of a transactional method is the reviewer's to see.)
     */
    @Test
    void noPaymentGatewayCallRunsInATransaction() {
        String gateway = "io.quartier.payment.domain.model.gateway.PaymentGateway";
        assertTrue(classes.contain(gateway), "the payment gateway's port is imported");
        methods().that().areAnnotatedWith(TRANSACTIONAL)
                .should(new ArchCondition<JavaMethod>("not call the payment gateway unless NOT_SUPPORTED or NEVER") {
                    @Override
                    public void check(JavaMethod method, ConditionEvents events) {
                        Object type = method.getAnnotationOfType(TRANSACTIONAL).get("value")
                                .map(v -> ((JavaEnumConstant) v).name()).orElse("REQUIRED");
                        if (type.equals("NOT_SUPPORTED") || type.equals("NEVER")) {
                            return;
                        }
                        method.getMethodCallsFromSelf().stream()
                                .filter(call -> call.getTargetOwner().getName().equals(gateway))
                                .forEach(call -> events.add(SimpleConditionEvent.violated(method,
                                        call.getDescription() + " in a " + type + " transaction")));
                    }
                })
                .check(classes);
    }

    @Test
    void theCoreNeverDependsOnTheUserInterfaces() {
        coreContexts(c -> RULES.coreNeverDependsOnUi(c, UI));
        noClasses().that().resideInAPackage("io.quartier.kernel..")
                .should().dependOnClassesThat().resideInAnyPackage("io.quartier.ui..", "io.quartier.shop..",
                        "io.quartier.backoffice..")
                .check(classes);
    }

    @Test
    void theSharedUiJarUsesNoContextButIdentitysApi() {
        RULES.sharedUiUsesNoContext("ui", contexts, List.of("identity")).check(classes);
    }

    @Test
    void layersPointInwards() {
        everyContext(RULES::layersPointInwards);
    }

    @Test
    void infrastructureOnlyImplementsPorts() {
        everyContext(RULES::infrastructureOnlyImplementsPorts);
    }

    @Test
    void theDomainKnowsNoHttpNorOuterLayer() {
        everyContext(RULES::domainKnowsNoHttpNorOuterLayers);
    }

    @Test
    void onlyAdaptersQueryTheDatabase() {
        everyContext(RULES::onlyAdaptersQueryTheDatabase);
    }

    @Test
    void noPackageCyclesInsideAContext() {
        everyContext(RULES::noPackageCycles);
    }

    @Test
    void apiRecordsWithSeveralConstructorsNameTheOneJsonReads() {
        everyContext(RULES::apiRecordsNameTheirJsonConstructor);
    }

    /** Checked in the contexts that publish events; every context sends none as a serialized object. */
    @Test
    void eventsAreRecordsInTheirPublishersApiSentAsText() {
        List<String> publishers = contexts.stream().filter(c -> classes.stream().anyMatch(k -> k.getPackageName()
                .startsWith("io.quartier." + c + ".") && k.isAssignableTo("io.quartier.kernel.event.DomainEvent")))
                .toList();
        assertTrue(publishers.containsAll(List.of("identity", "catalog", "ordering", "payment", "delivery")),
                "the core's events are found: " + publishers);
        check(publishers, RULES::eventsAreRecordsInTheirApi);
        everyContext(RULES::noObjectMessages);
    }

    /** In the contexts that listen to events: each consumer dedupes by event id and rethrows through the kernel. */
    @Test
    void consumersTakeEventsThroughTheKernel() {
        List<String> listeners = contexts.stream().filter(c -> classes.stream().anyMatch(k -> k.getPackageName()
                .startsWith("io.quartier." + c + ".") && k.isAssignableTo("jakarta.jms.MessageListener"))).toList();
        assertTrue(listeners.containsAll(List.of("ordering", "payment", "delivery", "catalog")),
                "the core's consumers are found: " + listeners);
        check(listeners, RULES::consumersTakeEventsThroughTheKernel);
    }

    @Test
    void moneyIsNeverAFloatingPointNumber() {
        check(MONEY, RULES::moneyIsNeverFloatingPoint);
    }

    @Test
    void everyRestResourceImplementsItsApi() {
        everyContext(RULES::resourcesImplementTheirApi);
    }

    @Test
    void noJavaCodeNamesAnotherModulesSchema() {
        everyContext(c -> RULES.noClassNamesAnotherModulesSchema(c, contexts));
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
                        Stream.concat(CORE.stream(), OPTIONAL.stream()).map(m -> "io.quartier." + m + "..")
                                .toArray(String[]::new))
                .check(classes);
    }

    @Test
    void entitiesLiveInTheirOwnModulesDomain() {
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes()
                .that().areAnnotatedWith("jakarta.persistence.Entity")
                .should().resideInAPackage("io.quartier.*.domain.model..")
                .check(classes);
    }

    /** Rule 1: a module's SQL and mapping resources touch only its own schema. */
    @Test
    void resourcesNeverNameAnotherModulesSchema() throws IOException {
        int scripts = 0;
        List<String> named = new ArrayList<>();
        try (Stream<Path> modules = Files.list(ROOT.resolve("modules"))) {
            for (Path module : modules.filter(Files::isDirectory).toList()) {
                String own = module.getFileName().toString();
                try (Stream<Path> found = Files.walk(module)) {
                    for (Path file : found.filter(p -> p.toString().contains("src" + java.io.File.separator + "main")
                            && p.toString().matches(".*\\.(sql|xml)$")).toList()) {
                        scripts += file.toString().endsWith(".sql") ? 1 : 0;
                        String text = Files.readString(file);
                        CORE.stream().filter(other -> !other.equals(own))
                                .filter(other -> ArchitectureRules.namesSchema(text, other))
                                .forEach(other -> named.add(file + " names schema " + other));
                    }
                }
            }
        }
        assertEquals(List.of(), named);
        assertTrue(scripts >= 5, "every module has its migrations");
    }

    private static void everyContext(Function<String, ArchRule> rule) {
        check(contexts, rule);
    }

    private static void coreContexts(Function<String, ArchRule> rule) {
        check(contexts.stream().filter(CORE::contains).toList(), rule);
    }

    /** Checks the rule for each context and reports every context that breaks it, not only the first. */
    private static void check(List<String> which, Function<String, ArchRule> rule) {
        List<String> broken = new ArrayList<>();
        for (String context : which) {
            try {
                rule.apply(context).check(classes);
            } catch (AssertionError e) {
                broken.add(e.getMessage());
            }
        }
        assertEquals(List.of(), broken);
    }
}
