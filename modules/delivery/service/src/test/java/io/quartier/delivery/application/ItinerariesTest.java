package io.quartier.delivery.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quartier.delivery.api.CourierTour;
import io.quartier.delivery.api.TourStop;
import io.quartier.delivery.application.dispatch.DispatchCycleTest;
import io.quartier.delivery.application.routing.Routing;
import io.quartier.delivery.domain.model.courier.Courier;
import io.quartier.delivery.domain.model.geo.GeoPoint;
import io.quartier.delivery.domain.model.job.DeliveryJob;
import io.quartier.delivery.domain.model.job.DeliveryJob.Stop;
import io.quartier.delivery.domain.model.position.LivePosition;
import io.quartier.delivery.domain.model.position.PositionReport;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A courier's tour in Paris, by bike (15 km/h), straight-line travel, two minutes at each store and door. */
class ItinerariesTest {

    static final Instant NOW = Instant.parse("2026-11-28T19:00:00Z");
    static final GeoPoint HERE = new GeoPoint(48.8500, 2.3500);
    static final long CARLOS = 20;

    private final InMemory.Jobs jobs = new InMemory.Jobs();
    private final InMemory.Couriers couriers = new InMemory.Couriers();
    private final Map<Long, LivePosition> grid = new HashMap<>();
    private final Itineraries itineraries = new Itineraries();

    ItinerariesTest() {
        Courier carlos = new Courier(CARLOS, "Carlos", NOW);
        carlos.approve();
        couriers.add(carlos);
        itineraries.jobs = jobs;
        itineraries.couriers = couriers;
        itineraries.live = new LivePositions() {
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
        itineraries.routing = DispatchCycleTest.STRAIGHT_LINE;
        itineraries.policy = InMemory.earnings();
        itineraries.pickupSeconds = 120;
        itineraries.dropoffSeconds = 120;
        itineraries.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    }

    @Test
    void twoStoresCloseTogetherAndTheirDoorsFarApartArePickedUpBothBeforeEitherDoor() {
        at(HERE);
        DeliveryJob north = taken(1, new GeoPoint(48.8510, 2.3500), new GeoPoint(48.8800, 2.3500), 60);
        DeliveryJob east = taken(2, new GeoPoint(48.8510, 2.3510), new GeoPoint(48.8500, 2.3900), 60);

        CourierTour tour = itineraries.of(CARLOS);

        assertEquals(List.of("PICKUP", "PICKUP", "DROPOFF", "DROPOFF"), kinds(tour), tour::toString);
        assertEquals(List.of(north.getId(), east.getId()), jobIds(tour).subList(0, 2), "the nearer store first");
        assertTrue(tour.fromPosition());
        assertEquals("Europe/Paris", tour.zone());
        assertTrue(tour.stops().get(0).expectedArrival().isAfter(NOW), "a ride to the first store");
        for (int i = 1; i < 4; i++) {
            assertTrue(tour.stops().get(i).expectedArrival().isAfter(tour.stops().get(i - 1).expectedArrival()));
        }
        assertEquals("Store 1", tour.stops().get(0).name());
        assertEquals(48.8510, tour.stops().get(0).latitude());
    }

    @Test
    void aJobPickedUpAlreadyHasOnlyItsDoorLeft() {
        at(HERE);
        DeliveryJob carried = taken(1, new GeoPoint(48.8510, 2.3500), new GeoPoint(48.8520, 2.3500), 60);
        carried.confirmPickup(CARLOS, carried.getPickupCode(), NOW);
        DeliveryJob next = taken(2, new GeoPoint(48.8600, 2.3500), new GeoPoint(48.8700, 2.3500), 60);

        CourierTour tour = itineraries.of(CARLOS);

        assertEquals(List.of("DROPOFF", "PICKUP", "DROPOFF"), kinds(tour), tour::toString);
        assertEquals(List.of(carried.getId(), next.getId(), next.getId()), jobIds(tour));
    }

    @Test
    void aTightDeadlineSendsTheCourierToTheFartherDoorFirstAndTheNearerSecond() {
        at(HERE);
        // about 1.1 km north, due in an hour; about 3.3 km south, due in 15 minutes (a 13-minute ride)
        DeliveryJob near = carried(1, new GeoPoint(48.8600, 2.3500), 60);
        DeliveryJob far = carried(2, new GeoPoint(48.8200, 2.3500), 15);

        CourierTour tour = itineraries.of(CARLOS);

        assertEquals(List.of(far.getId(), near.getId()), jobIds(tour), tour::toString);
        assertTrue(tour.stops().stream().noneMatch(TourStop::late), "both doors on time");
    }

    @Test
    void withoutADeadlineToKeepTheNearerDoorComesFirst() {
        at(HERE);
        DeliveryJob near = carried(1, new GeoPoint(48.8600, 2.3500), 60);
        DeliveryJob far = carried(2, new GeoPoint(48.8200, 2.3500), 60);

        assertEquals(List.of(near.getId(), far.getId()), jobIds(itineraries.of(CARLOS)));
    }

    @Test
    void aCourierWhosePositionIsUnknownStartsAtItsFirstStop() {
        DeliveryJob north = taken(1, new GeoPoint(48.8510, 2.3500), new GeoPoint(48.8800, 2.3500), 60);
        DeliveryJob east = taken(2, new GeoPoint(48.8510, 2.3510), new GeoPoint(48.8500, 2.3900), 60);

        CourierTour tour = itineraries.of(CARLOS);

        assertFalse(tour.fromPosition());
        assertEquals(NOW, tour.stops().get(0).expectedArrival(), "no ride to the first stop");
        assertEquals(List.of("PICKUP", "PICKUP", "DROPOFF", "DROPOFF"), kinds(tour), tour::toString);
        assertTrue(jobIds(tour).containsAll(List.of(north.getId(), east.getId())));
    }

    @Test
    void theCouriersLastKeptPlaceServesWhenNoLivePositionIsHeld() {
        couriers.byId.get(CARLOS).movedTo(48.8200, 2.3500);
        DeliveryJob north = carried(1, new GeoPoint(48.8600, 2.3500), 60);
        DeliveryJob south = carried(2, new GeoPoint(48.8250, 2.3500), 60);

        CourierTour tour = itineraries.of(CARLOS);

        assertTrue(tour.fromPosition());
        assertEquals(List.of(south.getId(), north.getId()), jobIds(tour));
    }

    @Test
    void thePartsOfAMultiStoreOrderShareOneDropOffAfterBothPickups() {
        at(HERE);
        DeliveryJob cheese = part(1, new GeoPoint(48.8510, 2.3500));
        DeliveryJob bistro = part(2, new GeoPoint(48.8400, 2.3500));

        CourierTour tour = itineraries.of(CARLOS);

        assertEquals(List.of("PICKUP", "PICKUP", "DROPOFF"), kinds(tour), tour::toString);
        TourStop door = tour.stops().get(2);
        assertEquals(cheese.getId(), door.jobId(), "named by the first part");
        assertEquals(77L, door.groupId());
        assertTrue(jobIds(tour).contains(bistro.getId()));
    }

    @Test
    void aDoorWithoutCoordinatesIsPlannedAtItsStoreAndShownWithoutThem() {
        at(HERE);
        DeliveryJob unknown = job(1, new GeoPoint(48.8510, 2.3500), null, 60);
        unknown.assignByHand(CARLOS, NOW);

        CourierTour tour = itineraries.of(CARLOS);

        assertEquals(List.of("PICKUP", "DROPOFF"), kinds(tour));
        assertEquals(null, tour.stops().get(1).latitude());
        assertEquals("door 1", tour.stops().get(1).address());
    }

    @Test
    void aRoutingEngineThatDoesNotAnswerLeavesTheTourToStraightLines() {
        itineraries.routing = (places, speed) -> {
            throw new Routing.Unavailable("down", null);
        };
        at(HERE);
        DeliveryJob near = carried(1, new GeoPoint(48.8600, 2.3500), 60);
        DeliveryJob far = carried(2, new GeoPoint(48.8200, 2.3500), 60);

        assertEquals(List.of(near.getId(), far.getId()), jobIds(itineraries.of(CARLOS)));
    }

    @Test
    void noJobUnderWayNoStop() {
        job(1, new GeoPoint(48.8510, 2.3500), new GeoPoint(48.86, 2.35), 60).offerTo(CARLOS, NOW.plusSeconds(30));

        assertTrue(itineraries.of(CARLOS).stops().isEmpty(), "an offer is no stop yet");
    }

    private void at(GeoPoint point) {
        grid.put(CARLOS, new LivePosition(CARLOS, PositionReport.of(point.lat(), point.lon(), NOW), null));
    }

    /** A job given to carlos: ready now, due at the door in {@code dueMinutes}. */
    private DeliveryJob taken(long order, GeoPoint store, GeoPoint door, int dueMinutes) {
        DeliveryJob job = job(order, store, door, dueMinutes);
        job.assignByHand(CARLOS, NOW);
        return job;
    }

    /** A job carlos picked up (at its store, where he is), due at the door in {@code dueMinutes}. */
    private DeliveryJob carried(long order, GeoPoint door, int dueMinutes) {
        DeliveryJob job = taken(order, HERE, door, dueMinutes);
        job.confirmPickup(CARLOS, job.getPickupCode(), NOW);
        return job;
    }

    /** One store's part of the multi-store order 77, given to carlos, its door rue des Martyrs. */
    private DeliveryJob part(long order, GeoPoint store) {
        DeliveryJob job = job(order, store, new GeoPoint(48.8790, 2.3397), 60);
        job.partOf(77, "1234");
        job.assignByHand(CARLOS, NOW);
        return job;
    }

    private DeliveryJob job(long order, GeoPoint store, GeoPoint door, int dueMinutes) {
        DeliveryJob job = new DeliveryJob(order, 42, 7,
                new Stop("Store " + order, "store " + order, store.lat(), store.lon()),
                new Stop(null, "door " + order, door == null ? null : door.lat(), door == null ? null : door.lon()),
                NOW, NOW.plus(Duration.ofMinutes(dueMinutes)), NOW);
        jobs.add(job);
        return job;
    }

    private static List<String> kinds(CourierTour tour) {
        return tour.stops().stream().map(TourStop::kind).toList();
    }

    private static List<Long> jobIds(CourierTour tour) {
        return tour.stops().stream().map(TourStop::jobId).toList();
    }
}
