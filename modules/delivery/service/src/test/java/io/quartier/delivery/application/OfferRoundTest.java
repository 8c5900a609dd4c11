package io.quartier.delivery.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quartier.delivery.domain.model.courier.Availability;
import io.quartier.delivery.domain.model.courier.Courier;
import io.quartier.delivery.domain.model.geo.GeoPoint;
import io.quartier.delivery.domain.model.job.DeliveryJob;
import io.quartier.delivery.domain.model.job.DeliveryJob.Status;
import io.quartier.kernel.event.DomainEvent;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Rounds of offers over the greedy planner, with the clock moved by hand. */
class OfferRoundTest {

    static final Instant NOW = Instant.parse("2026-11-28T19:00:00Z");

    private final DispatchFixture fixture = new DispatchFixture(NOW, 2);
    private final InMemory.Jobs jobs = fixture.jobs;
    private final InMemory.Couriers couriers = fixture.couriers;
    private final List<DomainEvent> events = fixture.events;
    private final Dispatch dispatch = fixture.dispatch;
    private final OfferRound round = fixture.round;

    @AfterEach
    void stop() {
        fixture.close();
    }

    @Test
    void aWaitingJobIsOfferedToOneOnlineApprovedCourierForThirtySeconds() {
        courier(20, true, Availability.ONLINE);
        courier(21, false, Availability.OFFLINE);
        long id = job();

        assertEquals(1, round.run());

        DeliveryJob job = jobs.byId.get(id);
        assertEquals(Status.OFFERED, job.getStatus());
        assertEquals(20L, job.getCourierId());
        assertEquals(NOW.plusSeconds(30), job.getOfferExpiresAt());
        assertEquals("JobOffered", events.get(events.size() - 1).eventType());
    }

    @Test
    void anUnapprovedOrOfflineCourierIsOfferedNothing() {
        Courier pending = new Courier(22, "Pat", NOW);
        couriers.add(pending);
        courier(23, true, Availability.ON_BREAK);
        long id = job();

        assertEquals(0, round.run());

        assertEquals(Status.WAITING, jobs.byId.get(id).getStatus());
    }

    @Test
    void aCourierHoldingAnOfferIsNotOfferedASecondJobInTheNextRound() {
        courier(20, true, Availability.ONLINE);
        job();
        job();

        assertTrue(round.run() >= 1);

        assertEquals(0, round.run());
    }

    @Test
    void aLapsedOfferGoesToAnotherCourierAndNeverBackToTheFirst() {
        courier(20, true, Availability.ONLINE);
        long id = job();
        round.run();
        courier(21, true, Availability.ONLINE);

        at(NOW.plusSeconds(29));
        round.run();
        assertEquals(20L, jobs.byId.get(id).getCourierId(), "still within its 30 seconds");

        at(NOW.plusSeconds(30));
        round.run();
        assertEquals(21L, jobs.byId.get(id).getCourierId());
        assertEquals(Status.OFFERED, jobs.byId.get(id).getStatus());

        at(NOW.plusSeconds(60));
        round.run();
        assertEquals(Status.WAITING, jobs.byId.get(id).getStatus(), "both passed: it waits for an admin or a third");
        assertTrue(jobs.byId.get(id).wasPassedBy(20) && jobs.byId.get(id).wasPassedBy(21));
    }

    @Test
    void aDeclinedOfferGoesToAnotherCourierAtTheNextRound() {
        courier(20, true, Availability.ONLINE);
        courier(21, true, Availability.ONLINE);
        long id = job();
        round.run();
        long first = jobs.byId.get(id).getCourierId();

        dispatch.decline(id, first);
        round.run();

        assertEquals(Status.OFFERED, jobs.byId.get(id).getStatus());
        assertEquals(first == 20 ? 21L : 20L, jobs.byId.get(id).getCourierId());
    }

    @Test
    void aCourierWithJobsInHandIsOfferedMoreOnlyUntilItsHandsAreFull() {
        courier(20, true, Availability.ONLINE);
        long first = job();
        round.run();
        dispatch.accept(first, 20);
        long second = job();

        assertEquals(1, round.run());
        dispatch.accept(second, 20);
        job();

        assertEquals(0, round.run(), "two jobs in hand is as many as it carries here");
    }

    @Test
    void goingOfflineOrBeingSuspendedTakesTheOfferBack() {
        courier(20, true, Availability.ONLINE);
        long id = job();
        round.run();
        Couriers profiles = new Couriers();
        profiles.couriers = couriers;
        profiles.jobs = jobs;

        profiles.suspend(20);

        assertEquals(Status.WAITING, jobs.byId.get(id).getStatus());
        assertEquals(0, round.run());
    }

    private void at(Instant now) {
        fixture.at(now);
    }

    private long job() {
        long order = jobs.byId.size() + 5;
        dispatch.create(new io.quartier.ordering.api.event.OrderAccepted(order, 42, 7, 1, "Chez Marcel", "1 rue X",
                "2 rue Y", NOW.plusSeconds(300), 48.86, 2.34, 0L, "EUR", null));
        return jobs.byId.lastKey();
    }

    private void courier(long id, boolean approved, Availability availability) {
        fixture.courier(id, approved, availability);
    }
}
