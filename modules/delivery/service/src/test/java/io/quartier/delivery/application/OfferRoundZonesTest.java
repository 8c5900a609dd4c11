package io.quartier.delivery.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quartier.delivery.application.dispatch.Assignment;
import io.quartier.delivery.application.dispatch.CourierOnShift;
import io.quartier.delivery.application.dispatch.DispatchCycle;
import io.quartier.delivery.application.dispatch.DispatchCycleTest;
import io.quartier.delivery.application.dispatch.WaitingJob;
import io.quartier.delivery.application.tour.TourPlanning;
import io.quartier.delivery.domain.model.courier.Availability;
import io.quartier.delivery.domain.model.courier.Courier;
import io.quartier.delivery.domain.model.geo.GeoPoint;
import io.quartier.delivery.domain.model.job.DeliveryJob;
import io.quartier.delivery.domain.model.job.DeliveryJob.Status;
import io.quartier.ordering.api.event.OrderAccepted;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Rounds of offers zone by zone (Paris and Casablanca, as {@link DispatchFixture} configures them) and the batch
 * limit counted across rounds.
 */
class OfferRoundZonesTest {

    static final Instant NOW = Instant.parse("2026-11-28T19:00:00Z");
    static final long CHEZ_MARCEL = 1;
    static final long DAR_TAJINE = 4;
    static final long SUBURB = 9;
    static final GeoPoint MARCEL_PLACE = new GeoPoint(48.8796, 2.3353);
    static final GeoPoint TAJINE_PLACE = new GeoPoint(33.5890, -7.6310);
    /** A store 18 km north of Paris's centre: in its zone (20 km), beyond reach (15 km) of its centre. */
    static final GeoPoint SUBURB_PLACE = new GeoPoint(48.8566 + 18_000 / 111_195.0, 2.3522);

    private final DispatchFixture fixture = new DispatchFixture(NOW, 3);
    private final InMemory.Jobs jobs = fixture.jobs;
    private final OfferRound round = fixture.round;
    private final ExecutorService executor = Executors.newCachedThreadPool();

    OfferRoundZonesTest() {
        fixture.dispatch.stores = storeId -> Optional.of(storeId == DAR_TAJINE ? TAJINE_PLACE
                : storeId == SUBURB ? SUBURB_PLACE : MARCEL_PLACE);
    }

    @AfterEach
    void stop() {
        fixture.close();
        executor.shutdownNow();
    }

    @Test
    void aJobInCasablancaIsNeverOfferedToAParisCourierEvenTheOnlyOneOnline() {
        Courier carlos = fixture.courier(20, true, Availability.ONLINE, "Paris 9e");
        DeliveryJob tajine = job(DAR_TAJINE);

        assertEquals(0, round.run());
        carlos.movedTo(TAJINE_PLACE.lat(), TAJINE_PLACE.lon());
        assertEquals(0, round.run(), "not even when he stands at the store: Casablanca is not his zone");

        assertEquals(Status.WAITING, tajine.getStatus());
    }

    @Test
    void eachZonesJobsGoToTheCouriersOfThatZone() {
        fixture.courier(20, true, Availability.ONLINE, "Paris 9e");
        fixture.courier(30, true, Availability.ONLINE, "Casablanca");
        DeliveryJob tajine = job(DAR_TAJINE);
        DeliveryJob marcel = job(CHEZ_MARCEL);

        assertEquals(2, round.run());

        assertEquals(20L, marcel.getCourierId());
        assertEquals(30L, tajine.getCourierId());
    }

    @Test
    void aCourierWithoutAPositionIsTakenToBeAtItsZonesCentreNotAmidThePickups() {
        Courier carlos = fixture.courier(20, true, Availability.ONLINE, "Paris 9e");
        DeliveryJob suburb = job(SUBURB);

        assertEquals(0, round.run(), "18 km from Paris's centre, beyond his reach");

        carlos.movedTo(SUBURB_PLACE.lat() - 0.01, SUBURB_PLACE.lon());
        assertEquals(1, round.run(), "seen a kilometre away");
        assertEquals(20L, suburb.getCourierId());
    }

    @Test
    void theBatchLimitCountsTheJobsACourierAlreadyHoldsAcrossRounds() {
        fixture.courier(20, true, Availability.ONLINE, "Paris 9e");
        for (int i = 0; i < 2; i++) {
            DeliveryJob job = job(CHEZ_MARCEL);
            assertEquals(1, round.run());
            fixture.dispatch.accept(job.getId(), 20);
        }
        job(CHEZ_MARCEL);
        job(CHEZ_MARCEL);
        job(CHEZ_MARCEL);

        assertEquals(1, round.run(), "two in hand and one more make three");

        assertEquals(3L, jobs.jobsInHand().get(20L).longValue());
        assertEquals(2, jobs.byId.values().stream().filter(j -> j.getStatus() == Status.WAITING).count());
    }

    @Test
    void aCourierWithEmptyHandsTakesUpToThreeInOneRound() {
        fixture.courier(20, true, Availability.ONLINE, "Paris 9e");
        for (int i = 0; i < 4; i++) {
            job(CHEZ_MARCEL);
        }

        assertEquals(3, round.run());

        assertEquals(3L, jobs.jobsInHand().get(20L).longValue());
    }

    @Test
    void aZoneWhosePlanningFailsIsPlannedGreedilyAndTheOtherZonesAsUsualEachWithItsShareOfTheBudget() {
        List<Duration> budgets = new ArrayList<>();
        round.cycle = new DispatchCycle(DispatchCycleTest.STRAIGHT_LINE,
                new TourPlanning((problem, start, budget) -> start, executor), Duration.ofMillis(400), 3, 120, 120) {
            @Override
            public List<Assignment> assign(List<WaitingJob> waiting, List<CourierOnShift> onShift, Instant now,
                                           Duration budget) {
                budgets.add(budget);
                if (!budget.isZero() && waiting.stream().anyMatch(job -> job.pickup().lat() < 40)) {
                    throw new IllegalStateException("the solver fails in Casablanca");
                }
                return super.assign(waiting, onShift, now, budget);
            }
        };
        fixture.courier(20, true, Availability.ONLINE, "Paris 9e");
        fixture.courier(30, true, Availability.ONLINE, "Casablanca");
        DeliveryJob marcel = job(CHEZ_MARCEL);
        DeliveryJob tajine = job(DAR_TAJINE);

        assertEquals(2, round.run());

        assertEquals(20L, marcel.getCourierId());
        assertEquals(30L, tajine.getCourierId());
        assertEquals(List.of(Duration.ofMillis(200), Duration.ofMillis(200), Duration.ZERO), budgets,
                "Paris, then Casablanca, then Casablanca's greedy plan");
    }

    @Test
    void aZoneWhoseGreedyPlanFailsTooStillOffersItsJobsToItsNearestCourier() {
        round.cycle = new DispatchCycle(DispatchCycleTest.STRAIGHT_LINE,
                new TourPlanning((problem, start, budget) -> start, executor), Duration.ZERO, 3, 120, 120) {
            @Override
            public List<Assignment> assign(List<WaitingJob> waiting, List<CourierOnShift> onShift, Instant now,
                                           Duration budget) {
                throw new IllegalStateException("no routing");
            }
        };
        Courier near = fixture.courier(20, true, Availability.ONLINE, "Paris 9e");
        near.movedTo(MARCEL_PLACE.lat(), MARCEL_PLACE.lon());
        fixture.courier(21, true, Availability.ONLINE, "Paris 11e");
        DeliveryJob marcel = job(CHEZ_MARCEL);

        assertEquals(1, round.run());

        assertEquals(20L, marcel.getCourierId());
        assertTrue(jobs.jobsInHand().get(21L) == null);
    }

    private DeliveryJob job(long storeId) {
        long order = jobs.byId.size() + 5;
        fixture.dispatch.create(new OrderAccepted(order, 42, 7, storeId, "Store " + storeId, "1 rue X", "2 rue Y",
                NOW.plusSeconds(300), null, null, 0L, "EUR", null));
        return jobs.byId.lastEntry().getValue();
    }
}
