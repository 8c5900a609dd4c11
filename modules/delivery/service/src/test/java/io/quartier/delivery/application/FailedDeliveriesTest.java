package io.quartier.delivery.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quartier.delivery.api.DeliveryFailureReason;
import io.quartier.delivery.api.event.DeliveryFailed;
import io.quartier.delivery.domain.model.courier.Availability;
import io.quartier.delivery.domain.model.job.DeliveryJob;
import io.quartier.delivery.domain.model.job.DeliveryJob.Proof;
import io.quartier.delivery.domain.model.job.DeliveryJob.Status;
import io.quartier.delivery.domain.model.job.TestPhotos;
import io.quartier.kernel.domain.DomainException;
import io.quartier.kernel.event.DomainEvent;
import io.quartier.kernel.problem.ProblemMappers;
import io.quartier.ordering.api.event.OrderAccepted;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A courier who cannot deliver: the job and the parts picked up for the same door end FAILED, each with its event. */
class FailedDeliveriesTest {

    static final Instant NOW = Instant.parse("2026-11-28T15:00:00Z");
    static final long GROUP = 78;

    private final DispatchFixture fixture = new DispatchFixture(NOW, 3);
    private final Dispatch dispatch = fixture.dispatch;
    private final List<DomainEvent> events = fixture.events;
    private final FailedDeliveries failures = new FailedDeliveries();

    FailedDeliveriesTest() {
        fixture.courier(20, true, Availability.ONLINE);
        failures.jobs = fixture.jobs;
        failures.events = events::add;
        failures.clock = Clock.fixed(NOW.plusSeconds(900), ZoneOffset.UTC);
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void anAbsentCustomerEndsEveryPartThePhotoOfTheDoorIsKeptAndTheCourierHasNothingLeft() {
        DeliveryJob cheese = part(1, 1);
        DeliveryJob bistro = part(2, 3);
        DeliveryJob bakery = part(3, 4);
        long courier = pickedUp(cheese, bistro);
        events.clear();

        failures.report(cheese.getId(), courier, "CUSTOMER_ABSENT", "rang twice", TestPhotos.jpeg(64, 48));

        assertEquals(Status.FAILED, bistro.getStatus());
        assertEquals(DeliveryFailureReason.CUSTOMER_ABSENT, bistro.getFailureReason());
        assertEquals(Proof.PHOTO, bistro.getProof());
        assertEquals(Status.ASSIGNED, bakery.getStatus(), "not picked up: still the courier's");
        assertEquals(List.of(new DeliveryFailed(cheese.getId(), 1, courier, "CUSTOMER_ABSENT", "rang twice"),
                new DeliveryFailed(bistro.getId(), 2, courier, "CUSTOMER_ABSENT", "rang twice")), events);
        assertEquals("image/jpeg", dispatch.photo(bistro.getId(), 42L).getMediaType(), "the customer sees the door");
        assertEquals(List.of(bakery.getId()), dispatch.openFor(courier).stream().map(DeliveryJob::getId).toList());
    }

    @Test
    void aRepeatedReportPublishesNothingMore() {
        DeliveryJob cheese = part(1, 1);
        long courier = pickedUp(cheese);
        failures.report(cheese.getId(), courier, "UNSAFE", null, null);
        events.clear();

        failures.report(cheese.getId(), courier, "DAMAGED", null, null);

        assertTrue(events.isEmpty());
        assertEquals(DeliveryFailureReason.UNSAFE, cheese.getFailureReason());
    }

    @Test
    void anUnknownReasonOrAMissingPhotoIsRefusedAndChangesNothing() {
        DeliveryJob cheese = part(1, 1);
        long courier = pickedUp(cheese);
        events.clear();

        assertEquals("problem.job.failureReason",
                code(() -> failures.report(cheese.getId(), courier, "ON_HOLIDAY", null, null)));
        assertEquals("problem.job.photoRequired",
                code(() -> failures.report(cheese.getId(), courier, "CUSTOMER_ABSENT", null, null)));
        assertEquals(Status.PICKED_UP, cheese.getStatus());
        assertTrue(events.isEmpty());
    }

    private long pickedUp(DeliveryJob... parts) {
        fixture.round.run();
        long courier = parts[0].getCourierId();
        dispatch.accept(parts[0].getId(), courier);
        for (DeliveryJob part : parts) {
            dispatch.pickUp(part.getId(), courier, part.getPickupCode());
        }
        return courier;
    }

    private DeliveryJob part(long order, long store) {
        dispatch.create(new OrderAccepted(order, 42, store, store, "Store " + store, store + " rue X", "2 rue Y",
                NOW.plusSeconds(300), 48.86, 2.34, 0L, "EUR", GROUP));
        return fixture.jobs.byOrder(order).orElseThrow();
    }

    private static String code(Runnable call) {
        return ProblemMappers.problem(assertThrows(DomainException.class, call::run)).code();
    }
}
