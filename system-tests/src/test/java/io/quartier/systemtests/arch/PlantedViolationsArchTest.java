package io.quartier.systemtests.arch;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import io.quartier.systemtests.arch.planted.catalog.domain.PlantedStore;
import io.quartier.systemtests.arch.planted.edge.DomainEvent;
import io.quartier.systemtests.arch.planted.edge.EntityManager;
import io.quartier.systemtests.arch.planted.edge.EventConsumer;
import io.quartier.systemtests.arch.planted.edge.JsonbCreator;
import io.quartier.systemtests.arch.planted.edge.MessageListener;
import io.quartier.systemtests.arch.planted.edge.ObjectMessage;
import io.quartier.systemtests.arch.planted.edge.Path;
import io.quartier.systemtests.arch.planted.edge.ProblemException;
import io.quartier.systemtests.arch.planted.loyalty.PlantedPoints;
import io.quartier.systemtests.arch.planted.ordering.api.PlantedOrderLine;
import io.quartier.systemtests.arch.planted.ordering.api.PlantedOrderingApi;
import io.quartier.systemtests.arch.planted.ordering.api.PlantedRefundAsked;
import io.quartier.systemtests.arch.planted.ordering.application.PlantedCatalog;
import io.quartier.systemtests.arch.planted.ordering.application.PlantedCheckout;
import io.quartier.systemtests.arch.planted.ordering.application.PlantedOrderQueries;
import io.quartier.systemtests.arch.planted.ordering.domain.model.basket.PlantedBasket;
import io.quartier.systemtests.arch.planted.ordering.domain.model.order.PlantedOrder;
import io.quartier.systemtests.arch.planted.ordering.domain.model.order.PlantedOrderShipped;
import io.quartier.systemtests.arch.planted.ordering.infrastructure.catalog.PlantedRestCatalog;
import io.quartier.systemtests.arch.planted.ordering.infrastructure.messaging.PlantedObjectEvents;
import io.quartier.systemtests.arch.planted.ordering.interfaces.messaging.PlantedOrderConsumer;
import io.quartier.systemtests.arch.planted.ordering.interfaces.messaging.PlantedRatingConsumer;
import io.quartier.systemtests.arch.planted.ordering.interfaces.rest.PlantedOrderResource;
import io.quartier.systemtests.arch.planted.ordering.interfaces.rest.PlantedSlotResource;
import io.quartier.systemtests.arch.planted.ui.PlantedPage;
import io.quartier.systemtests.arch.planted.ui.PlantedPhotoRelay;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each rule of {@link ArchitectureRules} fails on a violation planted for it (package {@code ...arch.planted}, laid
 * out as contexts), naming the class at fault: the rules that pass on the real code can see what they look for.
 */
class PlantedViolationsArchTest {

    private static final String ROOT = "io.quartier.systemtests.arch.planted";
    private static final ArchitectureRules RULES = new ArchitectureRules(ROOT, ROOT + ".edge.Path",
            List.of(ROOT + ".edge.."), List.of(ROOT + ".edge.EntityManager"), ROOT + ".edge.JsonbCreator",
            ROOT + ".edge.DomainEvent", ROOT + ".edge.ObjectMessage", ROOT + ".edge.MessageListener",
            ROOT + ".edge.EventConsumer");
    private static final List<String> CONTEXTS = List.of("ordering", "catalog");

    private static final JavaClasses PLANTED = new ClassFileImporter().importClasses(PlantedOrder.class,
            PlantedBasket.class, PlantedCheckout.class, PlantedOrderQueries.class, PlantedCatalog.class, PlantedRestCatalog.class,
            PlantedOrderingApi.class, PlantedOrderResource.class, PlantedSlotResource.class, PlantedStore.class, PlantedPoints.class,
            PlantedPage.class, PlantedPhotoRelay.class, PlantedOrderLine.class,
            PlantedOrderLine.Marked.class, JsonbCreator.class, Path.class, ProblemException.class, EntityManager.class,
            PlantedOrderShipped.class, PlantedRefundAsked.class, PlantedObjectEvents.class, DomainEvent.class,
            ObjectMessage.class, PlantedOrderConsumer.class, PlantedRatingConsumer.class, MessageListener.class,
            EventConsumer.class);

    @Test
    void usingAnotherModulesInternalsFails() {
        assertFailsNaming(RULES.noModuleUsesAnothersInternals("ordering", CONTEXTS), PlantedStore.class);
    }

    @Test
    void theCoreDependingOnAnOptionalModuleFails() {
        assertFailsNaming(RULES.coreNeverDependsOnOptional("ordering", List.of("loyalty")), PlantedPoints.class);
    }

    @Test
    void theCoreDependingOnAUserInterfaceFails() {
        assertFailsNaming(RULES.coreNeverDependsOnUi("ordering", List.of("ui")), PlantedPage.class);
    }

    @Test
    void theSharedUiUsingAContextFails() {
        assertFailsNaming(RULES.sharedUiUsesNoContext("ui", CONTEXTS, List.of("catalog")), PlantedPhotoRelay.class);
    }

    @Test
    void theApplicationCallingAnAdapterFails() {
        assertFailsNaming(RULES.layersPointInwards("ordering"), PlantedRestCatalog.class);
    }

    @Test
    void anAdapterCallingAUseCaseFailsButImplementingAPortDoesNot() {
        AssertionError failure = assertFailsNaming(RULES.infrastructureOnlyImplementsPorts("ordering"),
                PlantedCheckout.class);
        assertFalse(failure.getMessage().contains("implements interface <" + PlantedCatalog.class.getName()),
                "implementing a port is allowed");
    }

    @Test
    void aDomainThrowingAnHttpProblemFails() {
        assertFailsNaming(RULES.domainKnowsNoHttpNorOuterLayers("ordering"), "ProblemException");
    }

    @Test
    void aUseCaseQueryingTheDatabaseItselfFails() {
        assertFailsNaming(RULES.onlyAdaptersQueryTheDatabase("ordering"), PlantedOrderQueries.class);
    }

    @Test
    void aPackageCycleInsideAContextFails() {
        assertFailsNaming(RULES.noPackageCycles("ordering"), PlantedBasket.class);
    }

    @Test
    void anEventThatIsNotARecordInTheApiFailsButARecordInTheApiDoesNot() {
        AssertionError failure = assertFailsNaming(RULES.eventsAreRecordsInTheirApi("ordering"),
                PlantedOrderShipped.class);
        assertFalse(failure.getMessage().contains(PlantedRefundAsked.class.getName()), failure::getMessage);
    }

    @Test
    void anEventSentAsASerializedObjectFails() {
        assertFailsNaming(RULES.noObjectMessages("ordering"), PlantedObjectEvents.class);
    }

    @Test
    void aConsumerBypassingTheKernelsDedupeFailsButOneUsingItDoesNot() {
        AssertionError failure = assertFailsNaming(RULES.consumersTakeEventsThroughTheKernel("ordering"),
                PlantedOrderConsumer.class);
        assertFalse(failure.getMessage().contains(PlantedRatingConsumer.class.getName()), failure::getMessage);
    }

    @Test
    void moneyAsAFloatingPointNumberFails() {
        assertFailsNaming(RULES.moneyIsNeverFloatingPoint("ordering"), PlantedRefundAsked.class.getName() + ".refundAmount");
    }

    @Test
    void aResourceNotImplementingItsApiFails() {
        assertFailsNaming(RULES.resourcesImplementTheirApi("ordering"), PlantedOrderResource.class);
    }

    @Test
    void aResourceServingAnotherPathThanItsApiFails() {
        AssertionError failure = assertFailsNaming(RULES.resourcesImplementTheirApi("ordering"),
                PlantedSlotResource.class);
        assertTrue(failure.getMessage().contains("serves @Path(\"orders/{id}/slots\")"), failure::getMessage);
    }

    @Test
    void javaNamingAnotherModulesSchemaFails() {
        assertFailsNaming(RULES.noClassNamesAnotherModulesSchema("ordering", CONTEXTS), "names schema catalog");
    }

    @Test
    void sqlNamingASchemaIsRecognisedInItsUsualForms() {
        assertTrue(ArchitectureRules.namesSchema("select * from catalog.products", "catalog"));
        assertTrue(ArchitectureRules.namesSchema("INSERT INTO \"catalog\".stock VALUES (1)", "catalog"));
        assertTrue(ArchitectureRules.namesSchema("CREATE TABLE catalog.x (id int)", "catalog"));
        assertFalse(ArchitectureRules.namesSchema("catalog.closure.incomplete", "catalog"), "a message key");
        assertFalse(ArchitectureRules.namesSchema("SELECT * FROM products", "catalog"));
    }

    @Test
    void anApiRecordWithTwoConstructorsNoneMarkedForJsonFailsButAMarkedOneDoesNot() {
        AssertionError failure = assertFailsNaming(RULES.apiRecordsNameTheirJsonConstructor("ordering"),
                PlantedOrderLine.class.getName() + " has 2 constructors, none marked");
        assertFalse(failure.getMessage().contains(PlantedOrderLine.Marked.class.getName()), "one marked is enough");
    }

    private static AssertionError assertFailsNaming(ArchRule rule, Class<?> culprit) {
        return assertFailsNaming(rule, culprit.getName());
    }

    private static AssertionError assertFailsNaming(ArchRule rule, String culprit) {
        AssertionError failure = assertThrows(AssertionError.class, () -> rule.check(PLANTED), rule::getDescription);
        assertTrue(failure.getMessage().contains(culprit), () -> "the failure names " + culprit + ":\n" + failure.getMessage());
        return failure;
    }
}
