package io.quartier.delivery.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quartier.delivery.api.event.PositionUpdated;
import io.quartier.delivery.domain.model.courier.Courier;
import io.quartier.delivery.domain.model.job.DeliveryJob;
import io.quartier.delivery.domain.model.position.LivePosition;
import io.quartier.delivery.domain.model.position.TrailPoint;
import io.quartier.delivery.infrastructure.routing.GreatCircleRouting;
import io.quartier.kernel.domain.DomainException;
import io.quartier.kernel.event.DomainEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TrackingTest {

    static final Instant NOW = DispatchTest.NOW;

    private final InMemory.Jobs jobs = new InMemory.Jobs();
    private final InMemory.Couriers couriers = new InMemory.Couriers();
    private final List<DomainEvent> events = new ArrayList<>();
    private final List<TrailPoint> trail = new ArrayList<>();
    private final Map<Long, LivePosition> grid = new HashMap<>();
    private final Dispatch dispatch = InMemory.dispatch(jobs, couriers, events, NOW);
    private final Tracking tracking = new Tracking();

    TrackingTest() {
        Courier carlos = new Courier(20, "Carlos", NOW);
        carlos.approve();
        couriers.add(carlos);
        tracking.couriers = couriers;
        tracking.jobs = jobs;
        tracking.trail = trail::add;
        tracking.events = events::add;
        tracking.routing = new GreatCircleRouting(1.3);
        tracking.live = new LivePositions() {
            @Override
            public Optional<LivePosition> of(long courierId) {
                return Optional.ofNullable(grid.get(courierId));
            }

            @Override
            public void keep(LivePosition position) {
                grid.put(position.courierId(), position);
            }

            @Override
            public Collection<LivePosition> all() {
                return grid.values();
            }
        };
        tracking.maxKilometersFromStore = 100;
        tracking.maxKilometersPerHour = 150;
        tracking.trailEvery = Duration.ofSeconds(30);
        tracking.trailMeters = 50;
        tracking.arrivalMeters = 150;
        tracking.extraZones = "none";
        tracking.pickupSeconds = 120;
        tracking.rules();
        at(NOW);
    }

    @Test
    void aPositionOfACourierWithAJobTellsItsOrderWhereAndWhenAndTheCustomerSeesIt() {
        long jobId = assignedToCarlos();
        events.clear();

        tracking.report(20, 48.851, 2.35);

        PositionUpdated updated = (PositionUpdated) events.get(0);
        assertEquals(5, updated.orderId());
        assertEquals(42L, updated.customerId());
        assertNotNull(updated.eta());
        assertTrue(updated.eta().isAfter(NOW));
        assertEquals(48.851, tracking.forOrder(5, null, 42L).position().latitude());
        assertThrows(DomainException.class, () -> tracking.forOrder(5, null, 43L), "another customer's order");
        assertEquals(jobId, tracking.forOrder(5, 7L, null).job().getId(), "the order's merchant");
        assertNotNull(jobs.byId.get(jobId).getArrivedAt(), "within 150 m of the store: arrived");
    }

    @Test
    void theTrailKeepsAPointEveryThirtySecondsNotEveryReport() {
        tracking.report(20, 48.85, 2.35);
        at(NOW.plusSeconds(5));
        tracking.report(20, 48.8501, 2.35);
        at(NOW.plusSeconds(31));
        tracking.report(20, 48.8502, 2.35);

        assertEquals(2, trail.size());
        assertEquals(48.8502, grid.get(20L).last().latitude(), "the live position is the last one");
        assertEquals(48.8502, couriers.byId.get(20L).getLatitude(), "dispatch sees the last kept one");
    }

    @Test
    void aRefusedPositionChangesNothing() {
        assignedToCarlos();
        tracking.report(20, 48.85, 2.35);
        events.clear();
        at(NOW.plusSeconds(2));

        DomainException refused = assertThrows(DomainException.class, () -> tracking.report(20, 48.95, 2.35));

        assertEquals("problem.position.tooFast", refused.code());
        assertEquals(48.85, grid.get(20L).last().latitude());
        assertTrue(events.isEmpty());
    }

    @Test
    void onceDeliveredTheCourierIsNobodysToFollow() {
        long jobId = assignedToCarlos();
        tracking.report(20, 48.851, 2.35);
        DeliveryJob job = jobs.byId.get(jobId);
        dispatch.pickUp(jobId, 20, job.getPickupCode());
        dispatch.deliver(jobId, 20, job.getDeliveryCode());

        assertThrows(DomainException.class, () -> tracking.forOrder(5, null, 42L));
    }

    private long assignedToCarlos() {
        dispatch.create(DispatchTest.accepted(NOW.plusSeconds(600)));
        long jobId = jobs.byId.firstKey();
        dispatch.assignByHand(jobId, 20);
        return jobId;
    }

    private void at(Instant now) {
        tracking.clock = Clock.fixed(now, ZoneOffset.UTC);
    }
}
