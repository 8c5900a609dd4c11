package io.quartier.systemtests.arch;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAnnotation;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules of DESIGN.md section 4 and of a context's layout (STYLE.md), for the modules under one root package:
 * {@code io.quartier} for the real code, another root for the planted violations that prove each rule can fail.
 * Every rule fails on an empty selection (ArchUnit's default), so a rule about a context that was not imported
 * fails instead of passing unseen.
 */
final class ArchitectureRules {

    private static final String MESSAGE_DRIVEN = "jakarta.ejb.MessageDriven";
    private static final List<String> SCHEMA_ANNOTATIONS = List.of("jakarta.persistence.Table",
            "jakarta.persistence.SecondaryTable", "jakarta.persistence.JoinTable", "jakarta.persistence.CollectionTable",
            "jakarta.persistence.SequenceGenerator", "jakarta.persistence.TableGenerator");

    /** Names that hold money: {@code totalMinor}, {@code amount}, {@code deliveryFee}, {@code tipMinor}, ... */
    private static final String MONEY_NAME = "(?i).*(minor|amount|price|fee|tip|balance|commission|discount|earnings?"
            + "|payout|charged|refunded)";
    private static final List<String> FLOATING = List.of("double", "float", "java.lang.Double", "java.lang.Float");

    private final String root;
    private final String resourcePath;
    private final String[] edgePackages;
    private final List<String> databaseAccess;
    private final String jsonCreator;
    private final String domainEvent;
    private final String objectMessage;
    private final String messageListener;
    private final String eventConsumer;

    /**
     * @param root            the package the modules are under
     * @param resourcePath    the annotation that makes a class a REST resource
     * @param edgePackages    HTTP and problem details: the edge's business, never the domain's
     * @param databaseAccess  the classes that query a database: the adapters' business
     * @param jsonCreator     the annotation that tells JSON-B which constructor reads a type
     * @param domainEvent     the type every event implements
     * @param objectMessage   the JMS message type that carries serialized Java objects
     * @param messageListener the type of a message consumer
     * @param eventConsumer   the kernel's consumer: once per event id, rethrown on failure
     */
    ArchitectureRules(String root, String resourcePath, List<String> edgePackages, List<String> databaseAccess,
                      String jsonCreator, String domainEvent, String objectMessage, String messageListener,
                      String eventConsumer) {
        this.root = root;
        this.resourcePath = resourcePath;
        this.edgePackages = edgePackages.toArray(String[]::new);
        this.databaseAccess = List.copyOf(databaseAccess);
        this.jsonCreator = jsonCreator;
        this.domainEvent = domainEvent;
        this.objectMessage = objectMessage;
        this.messageListener = messageListener;
        this.eventConsumer = eventConsumer;
    }

    /** The rules for Quartier's own code. */
    static ArchitectureRules quartier() {
        return new ArchitectureRules("io.quartier", "jakarta.ws.rs.Path",
                List.of("jakarta.ws.rs..", "io.quartier.kernel.problem.."),
                List.of("jakarta.persistence.EntityManager", "jakarta.persistence.Query",
                        "jakarta.persistence.TypedQuery", "jakarta.persistence.PersistenceContext"),
                "jakarta.json.bind.annotation.JsonbCreator", "io.quartier.kernel.event.DomainEvent",
                "jakarta.jms.ObjectMessage", "jakarta.jms.MessageListener", "io.quartier.kernel.event.EventConsumer");
    }

    /** Rule 1 and 8: a module reaches another only through the other's {@code api} package. */
    ArchRule noModuleUsesAnothersInternals(String module, List<String> modules) {
        return noClasses().that().resideInAPackage(inside(module))
                .should().dependOnClassesThat(describe("internals of another module", c -> modules.stream()
                        .filter(other -> !other.equals(module))
                        .anyMatch(other -> c.getPackageName().startsWith(pkg(other) + ".")
                                && !c.getPackageName().startsWith(pkg(other) + ".api"))));
    }

    /** Rule 4: dependencies point from optional to core, never back. */
    ArchRule coreNeverDependsOnOptional(String core, List<String> optional) {
        return noClasses().that().resideInAPackage(inside(core))
                .should().dependOnClassesThat().resideInAnyPackage(optional.stream().map(this::inside)
                        .toArray(String[]::new));
    }

    /** Rule 4: dependencies point from UI to any context, never from a context to a UI. */
    ArchRule coreNeverDependsOnUi(String core, List<String> uiPackages) {
        return noClasses().that().resideInAPackage(inside(core))
                .should().dependOnClassesThat().resideInAnyPackage(uiPackages.stream().map(this::inside)
                        .toArray(String[]::new));
    }

    /**
     * The shared UI jar holds only what is UI-generic (layout, live channel, bundles, components): it uses no context
     * but those {@code allowed} (identity's api, for logging in); each webapp owns its clients and view models.
     */
    ArchRule sharedUiUsesNoContext(String ui, List<String> contexts, List<String> allowed) {
        return noClasses().that().resideInAPackage(inside(ui))
                .should().dependOnClassesThat(describe("a context's classes", c -> contexts.stream()
                        .filter(context -> !allowed.contains(context))
                        .anyMatch(context -> c.getPackageName().startsWith(pkg(context) + "."))));
    }

    /**
     * Rule 7: interfaces -> application -> domain; infrastructure implements the ports. A message-driven bean is an
     * inbound adapter (an interface of the context) wherever its package puts it.
     */
    ArchRule layersPointInwards(String context) {
        return layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true)
                .layer("Interfaces").definedBy(inboundAdapters(context))
                .layer("Application").definedBy(pkg(context) + ".application..")
                .layer("Domain").definedBy(pkg(context) + ".domain..")
                .layer("Infrastructure").definedBy(outboundAdapters(context))
                .whereLayer("Interfaces").mayNotBeAccessedByAnyLayer()
                .whereLayer("Application").mayOnlyBeAccessedByLayers("Interfaces", "Infrastructure")
                .whereLayer("Infrastructure").mayNotBeAccessedByAnyLayer();
    }

    /** Rule 7: infrastructure uses the application layer only to implement its ports (interfaces). */
    ArchRule infrastructureOnlyImplementsPorts(String context) {
        return noClasses().that(outboundAdapters(context))
                .should().dependOnClassesThat(describe("application classes that are not ports",
                        c -> c.getPackageName().startsWith(pkg(context) + ".application") && !isPortOrPartOfOne(c)));
    }

    /** Rule 7: the domain knows no HTTP, no problem details and no outer layer. */
    ArchRule domainKnowsNoHttpNorOuterLayers(String context) {
        return noClasses().that().resideInAPackage(pkg(context) + ".domain..")
                .should().dependOnClassesThat().resideInAnyPackage(edgePackages)
                .orShould().dependOnClassesThat().resideInAnyPackage(pkg(context) + ".application..",
                        pkg(context) + ".infrastructure..", pkg(context) + ".interfaces..");
    }

    /** Rule 7: the application and the domain reach the database only through repository ports. */
    ArchRule onlyAdaptersQueryTheDatabase(String context) {
        return noClasses().that().resideInAnyPackage(pkg(context) + ".application..", pkg(context) + ".domain..")
                .should().dependOnClassesThat(describe("query a database " + databaseAccess,
                        c -> databaseAccess.contains(c.getName())));
    }

    /** Rule 7: no package cycles inside a context. */
    ArchRule noPackageCycles(String context) {
        return slices().matching(pkg(context) + ".(**)").as("packages of " + context).should().beFreeOfCycles();
    }

    /**
     * Rule 8, the contract read as JSON: a record of a context's api with several constructors marks the one JSON-B
     * reads with ({@code @JsonbCreator}); without it Yasson refuses every body of that type, a 400 for the caller.
     */
    ArchRule apiRecordsNameTheirJsonConstructor(String context) {
        return classes().that().resideInAPackage(pkg(context) + ".api..")
                .and(describe("are records", (JavaClass c) -> c.getRawSuperclass()
                        .map(s -> s.getName().equals("java.lang.Record")).orElse(false)))
                .should(new ArchCondition<>("mark the constructor JSON-B reads when they have several") {
                    @Override
                    public void check(JavaClass record, ConditionEvents events) {
                        boolean several = record.getConstructors().size() > 1;
                        boolean marked = record.getConstructors().stream()
                                .anyMatch(c -> c.isAnnotatedWith(jsonCreator));
                        events.add(new SimpleConditionEvent(record, !several || marked, record.getName() + " has "
                                + record.getConstructors().size() + " constructors, " + (marked ? "one" : "none")
                                + " marked @JsonbCreator"));
                    }
                });
    }

    /** Rule 2: an event is a record in its publisher's {@code api} package, never an entity nor any other class. */
    ArchRule eventsAreRecordsInTheirApi(String context) {
        return classes().that().resideInAPackage(inside(context)).and().areAssignableTo(domainEvent)
                .and().areNotInterfaces()
                .should(new ArchCondition<>("be records in " + pkg(context) + ".api") {
                    @Override
                    public void check(JavaClass event, ConditionEvents events) {
                        boolean record = event.getRawSuperclass().map(s -> s.getName().equals("java.lang.Record"))
                                .orElse(false);
                        boolean inApi = event.getPackageName().startsWith(pkg(context) + ".api");
                        events.add(new SimpleConditionEvent(event, record && inApi, event.getName()
                                + (record ? " is a record" : " is not a record")
                                + (inApi ? " in the api" : " outside " + pkg(context) + ".api")));
                    }
                });
    }

    /** Rule 2: events travel as JSON text, never as serialized Java objects. */
    ArchRule noObjectMessages(String context) {
        return noClasses().that().resideInAPackage(inside(context))
                .should().dependOnClassesThat().haveFullyQualifiedName(objectMessage);
    }

    /**
     * Rule 3: a message consumer takes its events through the kernel's consumer, which skips an event id seen before
     * and rethrows a failure so that the broker redelivers and, in the end, dead-letters.
     */
    ArchRule consumersTakeEventsThroughTheKernel(String context) {
        return classes().that().resideInAPackage(inside(context)).and().implement(messageListener)
                .should().dependOnClassesThat().haveFullyQualifiedName(eventConsumer);
    }

    /**
     * Rule 5: an amount of money is a whole number of minor units (beside its currency), never a floating-point
     * number; told by the field's name (amounts, prices, fees, tips, balances, commissions, discounts, earnings).
     */
    ArchRule moneyIsNeverFloatingPoint(String context) {
        return fields().that().areDeclaredInClassesThat().resideInAPackage(inside(context))
                .and().haveNameMatching(MONEY_NAME)
                .should(new ArchCondition<>("be a whole number, never double or float") {
                    @Override
                    public void check(JavaField field, ConditionEvents events) {
                        boolean floating = FLOATING.contains(field.getRawType().getName());
                        events.add(new SimpleConditionEvent(field, !floating, field.getFullName() + " is "
                                + field.getRawType().getSimpleName()));
                    }
                });
    }

    /** Rule 8: a REST resource implements its api interface: one contract. */
    ArchRule resourcesImplementTheirApi(String context) {
        return classes().that().resideInAPackage(pkg(context) + ".interfaces..").and().areAnnotatedWith(resourcePath)
                .should(new ArchCondition<>("implement an interface of " + pkg(context) + ".api annotated with the"
                        + " same @Path") {
                    @Override
                    public void check(JavaClass resource, ConditionEvents events) {
                        Object path = pathOf(resource);
                        List<JavaClass> apis = resource.getAllRawInterfaces().stream()
                                .filter(i -> i.getPackageName().startsWith(pkg(context) + ".api")
                                        && i.isAnnotatedWith(resourcePath))
                                .toList();
                        boolean samePath = apis.stream().anyMatch(api -> pathOf(api).equals(path));
                        events.add(new SimpleConditionEvent(resource, samePath, resource.getName()
                                + (apis.isEmpty() ? " does not implement an api interface of " + context
                                : samePath ? " serves its api interface's path"
                                : " serves @Path(\"" + path + "\"), not its api interface's")));
                    }
                });
    }

    /** A class's own {@code @Path} value: the OpenAPI document joins it to the api interface's method paths. */
    private Object pathOf(JavaClass type) {
        return type.getAnnotationOfType(resourcePath).get("value").orElse("");
    }

    /** Rule 1: no Java code of a module names another module's schema, in SQL or in a JPA mapping. */
    ArchRule noClassNamesAnotherModulesSchema(String module, List<String> modules) {
        return classes().that().resideInAPackage(inside(module))
                .should(new ArchCondition<>("name no other module's schema") {
                    @Override
                    public void check(JavaClass javaClass, ConditionEvents events) {
                        for (String other : modules) {
                            if (other.equals(module)) {
                                continue;
                            }
                            for (String constant : stringConstants(javaClass)) {
                                if (namesSchema(constant, other)) {
                                    events.add(SimpleConditionEvent.violated(javaClass, javaClass.getName()
                                            + " names schema " + other + " in \"" + constant + "\""));
                                }
                            }
                            for (String annotation : SCHEMA_ANNOTATIONS) {
                                Optional<? extends JavaAnnotation<?>> mapping = javaClass.tryGetAnnotationOfType(annotation);
                                if (mapping.isPresent() && other.equalsIgnoreCase(
                                        String.valueOf(mapping.get().get("schema").orElse("")))) {
                                    events.add(SimpleConditionEvent.violated(javaClass, javaClass.getName()
                                            + " maps to schema " + other));
                                }
                            }
                        }
                    }
                });
    }

    /** Whether SQL text names a table of {@code schema}: {@code FROM schema.table}, {@code JOIN "schema".x}, ... */
    static boolean namesSchema(String text, String schema) {
        Matcher m = Pattern.compile("(?i)\\b(from|join|into|update|table|references|sequence|exists)\\s+\"?"
                + Pattern.quote(schema) + "\"?\\s*\\.").matcher(text);
        return m.find();
    }

    private DescribedPredicate<JavaClass> inboundAdapters(String context) {
        return describe("inbound adapters of " + context, c -> inContext(c, context)
                && (c.getPackageName().startsWith(pkg(context) + ".interfaces") || isMessageDriven(c)));
    }

    private DescribedPredicate<JavaClass> outboundAdapters(String context) {
        return describe("outbound adapters of " + context, c -> inContext(c, context)
                && c.getPackageName().startsWith(pkg(context) + ".infrastructure") && !isMessageDriven(c));
    }

    private boolean inContext(JavaClass c, String context) {
        return c.getPackageName().equals(pkg(context)) || c.getPackageName().startsWith(pkg(context) + ".");
    }

    private static boolean isMessageDriven(JavaClass c) {
        JavaClass outer = c;
        while (outer.getEnclosingClass().isPresent()) {
            outer = outer.getEnclosingClass().get();
        }
        return outer.isAnnotatedWith(MESSAGE_DRIVEN);
    }

    /** A port is an interface; the records and enums nested in one are part of its signature. */
    private static boolean isPortOrPartOfOne(JavaClass c) {
        for (Optional<JavaClass> k = Optional.of(c); k.isPresent(); k = k.get().getEnclosingClass()) {
            if (k.get().isInterface()) {
                return true;
            }
        }
        return false;
    }

    private String pkg(String module) {
        return root + "." + module;
    }

    private String inside(String module) {
        return pkg(module) + "..";
    }

    /** The UTF-8 constants of a class file: its string literals and annotation values, among names and types. */
    static List<String> stringConstants(JavaClass javaClass) {
        if (javaClass.getSource().isEmpty()) {
            return List.of();
        }
        try (InputStream in = javaClass.getSource().get().getUri().toURL().openStream()) {
            DataInputStream data = new DataInputStream(in);
            data.skipBytes(8); // magic, minor and major version
            int count = data.readUnsignedShort();
            List<String> constants = new ArrayList<>();
            for (int i = 1; i < count; i++) {
                int tag = data.readUnsignedByte();
                switch (tag) {
                    case 1 -> constants.add(data.readUTF());
                    case 3, 4 -> data.skipBytes(4);
                    case 5, 6 -> {
                        data.skipBytes(8);
                        i++;
                    }
                    case 7, 8, 16, 19, 20 -> data.skipBytes(2);
                    case 9, 10, 11, 12, 17, 18 -> data.skipBytes(4);
                    case 15 -> data.skipBytes(3);
                    default -> throw new IOException("unknown constant pool tag " + tag + " in " + javaClass.getName());
                }
            }
            return constants;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
