package io.quartier.delivery.application;

import io.quartier.delivery.application.dispatch.DispatchCycle;
import io.quartier.delivery.application.dispatch.DispatchCycleTest;
import io.quartier.delivery.application.tour.TourPlanning;
import io.quartier.delivery.domain.model.courier.Availability;
import io.quartier.delivery.domain.model.courier.Courier;
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
 * alone plans (no solver time), the clock stands still until {@link #at} moves it. Close it after each test.
 */
final class DispatchFixture implements AutoCloseable {

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

    /** A courier signed up at the fixture's time, approved or not, in the given availability (online if approved). */
    Courier courier(long id, boolean approved, Availability availability) {
        Courier courier = new Courier(id, "C" + id, dispatch.clock.instant());
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
