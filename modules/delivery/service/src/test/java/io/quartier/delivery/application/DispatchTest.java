package io.quartier.delivery.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quartier.delivery.api.event.CourierAssigned;
import io.quartier.delivery.api.event.JobFlagged;
import io.quartier.delivery.domain.model.courier.Courier;
import io.quartier.delivery.domain.model.geo.GeoPoint;
import io.quartier.delivery.domain.model.job.DeliveryJob;
import io.quartier.kernel.domain.DomainException;
import io.quartier.kernel.event.DomainEvent;
import io.quartier.ordering.api.event.OrderAccepted;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DispatchTest {

    static final Instant NOW = Instant.parse("2026-11-28T19:00:00Z");

    private final InMemory.Jobs jobs = new InMemory.Jobs();
    private final InMemory.Couriers couriers = new InMemory.Couriers();
    private final List<DomainEvent> events = new ArrayList<>();
    private final Dispatch dispatch = InMemory.dispatch(jobs, couriers, events, NOW);

    DispatchTest() {
        Courier carlos = new Courier(20, "Carlos", NOW);
        carlos.approve();
        couriers.add(carlos);
        couriers.add(new Courier(22, "Pending Pat", NOW));
    }

    @Test
    void anAcceptedOrderMakesOneJobWithBothPlacesAndItsTimesHoweverOftenItsEventComes() {
        OrderAccepted accepted = accepted(NOW.plusSeconds(600));

        dispatch.create(accepted);
        dispatch.create(accepted);

        assertEquals(1, jobs.byId.size());
        DeliveryJob job = jobs.byId.firstEntry().getValue();
        assertEquals(48.85, job.getPickupLatitude());
        assertEquals(48.86, job.getDropoffLatitude());
        assertEquals(NOW.plusSeconds(600), job.getPickupAt());
        assertEquals(NOW.plusSeconds(600 + 1800), job.getDeadline());
        assertEquals(List.of("DeliveryJobCreated"), types());
    }

    @Test
    void acceptingAnOfferAssignsTheCourier() {
        long id = created();
        jobs.byId.get(id).offerTo(20, NOW.plusSeconds(30));

        dispatch.accept(id, 20);

        assertEquals(new CourierAssigned(id, 5, 20, false, 7L), events.get(1));
    }

    @Test
    void aWrongCodeIsKeptAndCountedAndTheFifthAlertsSupport() {
        long id = created();
        dispatch.assignByHand(id, 20);
        String wrong = jobs.byId.get(id).getPickupCode().equals("9999") ? "9998" : "9999";

        for (int i = 0; i < 4; i++) {
            assertFalse(dispatch.pickUp(id, 20, wrong).check().accepted());
        }
        Handover fifth = dispatch.pickUp(id, 20, wrong);

        assertTrue(fifth.check().flaggedNow());
        assertEquals(new JobFlagged(id, 5, 20, "PICKUP"), events.get(events.size() - 1));
        assertEquals("problem.job.codeLocked",
                assertThrows(DomainException.class, () -> dispatch.pickUp(id, 20, "0000")).code());
    }

    @Test
    void theRightCodesPublishPickupAndDelivery() {
        long id = created();
        dispatch.assignByHand(id, 20);
        DeliveryJob job = jobs.byId.get(id);

        assertTrue(dispatch.pickUp(id, 20, job.getPickupCode()).check().accepted());
        assertTrue(dispatch.deliver(id, 20, job.getDeliveryCode()).check().accepted());

        assertEquals(List.of("DeliveryJobCreated", "CourierAssigned", "PickedUp", "Delivered"), types());
    }

    @Test
    void onlyAnApprovedCourierIsGivenAJobByHand() {
        long id = created();
        assertEquals("problem.courier.notApproved",
                assertThrows(DomainException.class, () -> dispatch.assignByHand(id, 22)).code());
        assertEquals("problem.courier.notApproved",
                assertThrows(DomainException.class, () -> dispatch.assignByHand(id, 99)).code());
    }

    @Test
    void theCodesGoOnlyToTheOrdersMerchantAndCustomer() {
        long id = created();
        assertEquals(id, dispatch.forOrder(5, 7L, null).getId());
        assertEquals(id, dispatch.forOrder(5, null, 42L).getId());
        assertThrows(DomainException.class, () -> dispatch.forOrder(5, 8L, null));
        assertThrows(DomainException.class, () -> dispatch.forOrder(5, null, 43L));
        assertThrows(DomainException.class, () -> dispatch.job(id, 20), "a waiting job is nobody's");
    }

    private long created() {
        dispatch.create(accepted(null));
        return jobs.byId.firstKey();
    }

    static OrderAccepted accepted(Instant readyBy) {
        return new OrderAccepted(5, 42, 7, 1, "Chez Marcel", "1 rue X", "2 rue Y", readyBy, 48.86, 2.34, 250L, "EUR", null);
    }

    private List<String> types() {
        return events.stream().map(DomainEvent::eventType).toList();
    }
}
