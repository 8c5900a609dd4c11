package io.quartier.delivery.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quartier.delivery.api.event.CourierAssigned;
import io.quartier.delivery.api.event.Delivered;
import io.quartier.delivery.api.event.JobFlagged;
import io.quartier.delivery.domain.model.courier.Availability;
import io.quartier.delivery.domain.model.job.DeliveryJob;
import io.quartier.delivery.domain.model.job.DeliveryJob.Proof;
import io.quartier.delivery.domain.model.job.DeliveryJob.Status;
import io.quartier.delivery.domain.model.job.TestPhotos;
import io.quartier.kernel.domain.DomainException;
import io.quartier.kernel.event.DomainEvent;
import io.quartier.ordering.api.event.OrderAccepted;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The parts of a multi-store order as one tour: one courier, several pickups, one door, one code. */
class ToursTest {

    static final Instant NOW = Instant.parse("2026-11-28T15:00:00Z");
    static final long GROUP = 77;
    static final byte[] JPEG = TestPhotos.jpeg(64, 48);

    private final DispatchFixture fixture = new DispatchFixture(NOW, 3);
    private final InMemory.Jobs jobs = fixture.jobs;
    private final List<DomainEvent> events = fixture.events;
    private final Dispatch dispatch = fixture.dispatch;
    private final OfferRound round = fixture.round;

    ToursTest() {
        fixture.courier(20, true, Availability.ONLINE);
        fixture.courier(21, true, Availability.ONLINE);
    }

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void thePartsOfOneOrderAreOfferedToOneCourierAndAcceptingOneTakesBoth() {
        DeliveryJob cheese = part(1, 1);
        DeliveryJob bistro = part(2, 3);

        assertEquals(2, round.run());

        assertEquals(Status.OFFERED, cheese.getStatus());
        assertEquals(cheese.getCourierId(), bistro.getCourierId(), "one courier for the tour");
        assertEquals(cheese.getOfferExpiresAt(), bistro.getOfferExpiresAt());
        long courier = cheese.getCourierId();
        events.clear();
        dispatch.accept(cheese.getId(), courier);
        assertEquals(Status.ASSIGNED, bistro.getStatus());
        assertEquals(2, events.stream().filter(CourierAssigned.class::isInstance).count());
    }

    @Test
    void anAdminAssigningOnePartByHandGivesTheCourierTheWholeTourNotYetPickedUp() {
        DeliveryJob cheese = part(1, 1);
        DeliveryJob bistro = part(2, 3);
        round.run();
        long offered = cheese.getCourierId();
        long other = offered == 20L ? 21L : 20L;
        events.clear();

        dispatch.assignByHand(bistro.getId(), other);

        assertEquals(Status.ASSIGNED, cheese.getStatus());
        assertEquals(other, cheese.getCourierId(), "one courier for one door");
        assertEquals(other, bistro.getCourierId());
        assertEquals(2, events.stream().filter(CourierAssigned.class::isInstance).count());
        assertTrue(events.stream().map(CourierAssigned.class::cast).allMatch(CourierAssigned::byAdmin));
        assertFalse(cheese.isOfferedTo(offered), "the offer to the first courier is gone");
    }

    @Test
    void decliningTheTourSendsEveryPartToAnotherCourierTogether() {
        DeliveryJob cheese = part(1, 1);
        DeliveryJob bistro = part(2, 3);
        round.run();
        long first = cheese.getCourierId();

        dispatch.decline(bistro.getId(), first);

        assertEquals(Status.WAITING, cheese.getStatus());
        assertTrue(cheese.wasPassedBy(first) && bistro.wasPassedBy(first));
        round.run();
        assertEquals(Status.OFFERED, bistro.getStatus());
        assertNotEquals(first, cheese.getCourierId());
        assertEquals(cheese.getCourierId(), bistro.getCourierId());
    }

    @Test
    void aPartAcceptedLaterJoinsTheCourierOnItsWaySharesTheCodeAndPaysAnExtraPickup() {
        DeliveryJob cheese = part(1, 1);
        round.run();
        long courier = cheese.getCourierId();
        dispatch.accept(cheese.getId(), courier);

        DeliveryJob bistro = part(2, 3);

        assertEquals(Status.ASSIGNED, bistro.getStatus());
        assertEquals(courier, bistro.getCourierId());
        assertEquals(cheese.getDeliveryCode(), bistro.getDeliveryCode(), "one code at the door");
        assertEquals(300, cheese.getEarning().getBaseMinor());
        assertEquals(150, bistro.getEarning().getBaseMinor(), "an extra pickup, not a second job");
        assertEquals(0, bistro.getEarning().getDistanceMinor(), "both stores at one place in these tests");
    }

    @Test
    void aPartJoinsAnOfferStillOpenUntilTheSameTime() {
        DeliveryJob cheese = part(1, 1);
        round.run();

        DeliveryJob bistro = part(2, 3);

        assertEquals(Status.OFFERED, bistro.getStatus());
        assertEquals(cheese.getCourierId(), bistro.getCourierId());
        assertEquals(cheese.getOfferExpiresAt(), bistro.getOfferExpiresAt());
    }

    @Test
    void oneDeliveryWithTheCodeDeliversEveryPartPickedUpAndLeavesTheOthers() {
        DeliveryJob cheese = part(1, 1);
        DeliveryJob bistro = part(2, 3);
        DeliveryJob bakery = part(3, 4);
        long courier = pickedUpTour(cheese, bistro);
        events.clear();

        assertTrue(dispatch.deliver(bistro.getId(), courier, bistro.getDeliveryCode()).check().accepted());

        assertEquals(Status.DELIVERED, cheese.getStatus());
        assertEquals(Proof.CODE, cheese.getProof());
        assertEquals(Status.ASSIGNED, bakery.getStatus(), "not picked up: still to bring");
        assertEquals(2, events.stream().filter(Delivered.class::isInstance).count());
    }

    @Test
    void aPartAcceptedAfterTheDeliveryIsAJobOfItsOwn() {
        DeliveryJob cheese = part(1, 1);
        round.run();
        long courier = cheese.getCourierId();
        dispatch.accept(cheese.getId(), courier);
        dispatch.pickUp(cheese.getId(), courier, cheese.getPickupCode());
        dispatch.deliver(cheese.getId(), courier, cheese.getDeliveryCode());

        DeliveryJob late = part(2, 3);

        assertEquals(Status.WAITING, late.getStatus());
        assertEquals(300, late.getEarning().getBaseMinor(), "a whole job's pay");
    }

    @Test
    void aPhotoDeliversTheTourForTheCourierWhoPickedItUpAndOnlyTheCustomerAndSupportSeeIt() {
        DeliveryJob cheese = part(1, 1);
        DeliveryJob bistro = part(2, 3);
        round.run();
        long courier = cheese.getCourierId();
        long other = courier == 20 ? 21 : 20;
        dispatch.accept(cheese.getId(), courier);
        assertEquals(409, status(() -> dispatch.deliverWithPhoto(cheese.getId(), courier, JPEG)), "not picked up");
        dispatch.pickUp(cheese.getId(), courier, cheese.getPickupCode());
        dispatch.pickUp(bistro.getId(), courier, bistro.getPickupCode());

        assertEquals(404, status(() -> dispatch.deliverWithPhoto(cheese.getId(), other, JPEG)), "another courier");
        assertEquals(400, status(() -> dispatch.deliverWithPhoto(cheese.getId(), courier,
                "not a photo at all".getBytes(StandardCharsets.UTF_8))));
        assertEquals(Status.PICKED_UP, cheese.getStatus());
        assertEquals(404, status(() -> dispatch.photo(cheese.getId(), null)), "no photo before");

        dispatch.deliverWithPhoto(cheese.getId(), courier, JPEG);

        assertEquals(Proof.PHOTO, bistro.getProof());
        assertEquals("image/jpeg", dispatch.photo(bistro.getId(), 42L).getMediaType(), "the customer's");
        assertEquals(64, TestPhotos.read(dispatch.photo(cheese.getId(), null).getImage()).getWidth(), "support's");
        assertEquals(404, status(() -> dispatch.photo(cheese.getId(), 43L)), "another customer");
    }

    @Test
    void aCustomerWhoDeletesTheirAccountHasThePhotosOfTheirDoorDeleted() {
        DeliveryJob cheese = part(1, 1);
        long courier = pickedUpTour(cheese);
        dispatch.deliverWithPhoto(cheese.getId(), courier, JPEG);
        CustomerErasure erasure = new CustomerErasure();
        erasure.jobs = jobs;
        erasure.clock = dispatch.clock;

        erasure.erase(42);

        assertEquals(404, status(() -> dispatch.photo(cheese.getId(), null)));
        assertEquals("", cheese.getDropoffAddress());
    }

    @Test
    void aLockedDeliveryCodeCannotBePhotographedAway() {
        DeliveryJob cheese = part(1, 1);
        dispatch.assignByHand(cheese.getId(), 20);
        dispatch.pickUp(cheese.getId(), 20, cheese.getPickupCode());
        String wrong = cheese.getDeliveryCode().equals("0000") ? "0001" : "0000";
        for (int i = 0; i < 5; i++) {
            dispatch.deliver(cheese.getId(), 20, wrong);
        }
        assertEquals(409, status(() -> dispatch.deliverWithPhoto(cheese.getId(), 20, JPEG)));
        assertFalse(cheese.getStatus() == Status.DELIVERED);
    }

    @Test
    void thePartsShareTheTriesOfTheirOneCodeSoFiveWrongOnesLockEveryPart() {
        DeliveryJob cheese = part(1, 1);
        DeliveryJob bistro = part(2, 3);
        long courier = pickedUpTour(cheese, bistro);
        String wrong = cheese.getDeliveryCode().equals("0000") ? "0001" : "0000";
        for (int i = 0; i < 3; i++) {
            dispatch.deliver(cheese.getId(), courier, wrong);
        }
        events.clear();

        assertEquals(1, dispatch.deliver(bistro.getId(), courier, wrong).check().left(), "three already used");
        assertEquals(0, dispatch.deliver(bistro.getId(), courier, wrong).check().left());

        assertEquals(409, status(() -> dispatch.deliver(cheese.getId(), courier, cheese.getDeliveryCode())),
                "locked on every part");
        assertTrue(cheese.isFlagged() && bistro.isFlagged());
        assertEquals(2, events.stream().filter(JobFlagged.class::isInstance).count());
    }

    @Test
    void thePartsOfAnOrderForASlotAcceptedAtDifferentTimesWaitForTheirPickupAndGoOutAsOneTour() {
        Instant slot = NOW.plus(Duration.ofHours(2));
        DeliveryJob cheese = scheduledPart(1, 1, NOW.plus(Duration.ofMinutes(10)), slot);
        assertEquals(slot.minus(Duration.ofMinutes(15)), cheese.getPickupAt(),
                "picked up no sooner than the promise before the slot ends, though ready long before");
        assertEquals(slot.plus(Duration.ofMinutes(15)), cheese.getDeadline(), "delivered by the slot's end");
        assertEquals(0, round.run(), "no courier is tied up two hours ahead");

        at(NOW.plus(Duration.ofMinutes(50)));
        DeliveryJob bistro = scheduledPart(2, 3, slot.minus(Duration.ofMinutes(5)), slot);
        assertEquals(slot.minus(Duration.ofMinutes(5)), bistro.getPickupAt(), "its kitchen is done later");
        assertEquals(slot.plus(Duration.ofMinutes(25)), bistro.getDeadline(), "the promise from a late kitchen");
        assertEquals(0, round.run());
        assertEquals(Status.WAITING, cheese.getStatus());

        at(cheese.getPickupAt().minus(Duration.ofMinutes(20)));
        assertEquals(2, round.run(), "the first pickup nearing, both parts are offered");
        assertEquals(Status.OFFERED, bistro.getStatus());
        assertEquals(cheese.getCourierId(), bistro.getCourierId(), "one courier for the tour");
        dispatch.accept(bistro.getId(), bistro.getCourierId());
        assertEquals(Status.ASSIGNED, cheese.getStatus());
        assertEquals(cheese.getDeliveryCode(), bistro.getDeliveryCode(), "one door, one code");
    }

    @Test
    void aPartOfAnOrderForASlotAcceptedOnceTheOtherIsTakenJoinsItsCourier() {
        Instant slot = NOW.plus(Duration.ofMinutes(30));
        DeliveryJob cheese = scheduledPart(1, 1, NOW.plus(Duration.ofMinutes(5)), slot);
        assertEquals(1, round.run(), "its pickup is near: offered at once");
        dispatch.accept(cheese.getId(), cheese.getCourierId());

        DeliveryJob bistro = scheduledPart(2, 3, NOW.plus(Duration.ofMinutes(10)), slot);

        assertEquals(Status.ASSIGNED, bistro.getStatus());
        assertEquals(cheese.getCourierId(), bistro.getCourierId());
    }

    private DeliveryJob scheduledPart(long order, long store, Instant readyBy, Instant slot) {
        dispatch.create(new OrderAccepted(order, 42, store, store, "Store " + store, store + " rue X", "2 rue Y",
                readyBy, 48.86, 2.34, 0L, "EUR", GROUP, slot));
        return jobs.byOrder(order).orElseThrow();
    }

    private void at(Instant now) {
        fixture.at(now);
    }

    /** A round offers the tour, its courier accepts it and picks up the parts given; answers the courier. */
    private long pickedUpTour(DeliveryJob... pickedUp) {
        round.run();
        long courier = pickedUp[0].getCourierId();
        dispatch.accept(pickedUp[0].getId(), courier);
        for (DeliveryJob part : pickedUp) {
            dispatch.pickUp(part.getId(), courier, part.getPickupCode());
        }
        return courier;
    }

    private DeliveryJob part(long order, long store) {
        dispatch.create(new OrderAccepted(order, 42, store, store, "Store " + store, store + " rue X", "2 rue Y",
                NOW.plusSeconds(300), 48.86, 2.34, 0L, "EUR", GROUP));
        return jobs.byOrder(order).orElseThrow();
    }

    private static int status(Runnable call) {
        DomainException refused = assertThrows(DomainException.class, call::run);
        return switch (refused.kind()) {
            case INVALID -> 400;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
        };
    }
}
