package io.quartier.delivery.application;

import io.quartier.delivery.application.dispatch.DispatchCycle;
import io.quartier.delivery.application.dispatch.DispatchCycleTest;
import io.quartier.delivery.application.tour.TourPlanning;
import io.quartier.delivery.domain.model.courier.Availability;
import io.quartier.delivery.domain.model.courier.Courier;
import io.quartier.delivery.domain.model.courier.VehicleKind;
import io.quartier.kernel.event.DomainEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Dispatch and its rounds of offers over in-memory jobs and couriers: offers last 30 seconds, a job for a slot is
 * offered from 20 minutes before its pickup, the greedy planner
 * alone plans (no solver time), the clock stands still until {@link #at} moves it. Dispatch knows two zones, Paris
 * and Casablanca ({@link #ZONES}), and offers a job up to 15 km from its store; the fixture's couriers live in Paris
 * 9e, where the stores of {@link InMemory#dispatch} are. Close it after each test.
 */
final class DispatchFixture implements AutoCloseable {

    static final String ZONES = "Paris:48.8566,2.3522,20;Casablanca:33.5731,-7.5898,20";

    final InMemory.Jobs jobs = new InMemory.Jobs();
    final InMemory.Couriers couriers = new InMemory.Couriers();
    final List<DomainEvent> events = new ArrayList<>();
    final Dispatch dispatch;
    final OfferRound round = new OfferRound();
    private final ExecutorService executor = Executors.newCachedThreadPool();

    /** A courier carries at most {@code maxInHand} jobs at once. */
    DispatchFixture(Instant now, int maxInHand) {
        dispatch = InMemory.dispatch(jobs, couriers, events, now);
        round.jobs = jobs;
        round.couriers = couriers;
        round.events = events::add;
        round.timeout = Duration.ofSeconds(30);
        round.maxInHand = maxInHand;
        round.scheduledAhead = Duration.ofMinutes(20);
        round.zoneConfig = ZONES;
        round.reachKm = 15;
        round.readZones();
        round.cycle = new DispatchCycle(DispatchCycleTest.STRAIGHT_LINE,
                new TourPlanning((problem, start, budget) -> {
                    throw new AssertionError("no solver with a zero budget");
                }, executor), Duration.ZERO, 3, 120, 120);
        at(now);
    }

    /** Moves the clock of dispatch and of the rounds to {@code now}. */
    void at(Instant now) {
        round.clock = Clock.fixed(now, ZoneOffset.UTC);
        dispatch.clock = round.clock;
    }

    /**
     * A courier of Paris 9e signed up at the fixture's time, approved or not, in the given availability (online if
     * approved).
     */
    Courier courier(long id, boolean approved, Availability availability) {
        return courier(id, approved, availability, "Paris 9e");
    }

    /** A courier of the home zone, signed up at the fixture's time, approved or not, in the given availability. */
    Courier courier(long id, boolean approved, Availability availability, String homeZone) {
        Courier courier = new Courier(id, "C" + id, dispatch.clock.instant());
        courier.describe(VehicleKind.BIKE, homeZone);
        if (approved) {
            courier.approve();
        }
        if (availability == Availability.ONLINE && approved || availability != Availability.ONLINE) {
            courier.changeAvailability(availability);
        }
        couriers.add(courier);
        return courier;
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
