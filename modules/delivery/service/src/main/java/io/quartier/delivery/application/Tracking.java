package io.quartier.delivery.application;

import io.quartier.delivery.api.event.PositionUpdated;
import io.quartier.delivery.application.routing.Routing;
import io.quartier.delivery.domain.model.courier.Courier;
import io.quartier.delivery.domain.model.courier.CourierRepository;
import io.quartier.delivery.domain.model.geo.GeoPoint;
import io.quartier.delivery.domain.model.job.DeliveryJob;
import io.quartier.delivery.domain.model.job.JobRepository;
import io.quartier.delivery.domain.model.position.Arrival;
import io.quartier.delivery.domain.model.position.LivePosition;
import io.quartier.delivery.domain.model.position.Plausibility;
import io.quartier.delivery.domain.model.position.PositionReport;
import io.quartier.delivery.domain.model.position.Trail;
import io.quartier.delivery.domain.model.position.TrailPoint;
import io.quartier.delivery.domain.model.position.TrailRepository;
import io.quartier.kernel.domain.DomainException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Couriers' positions: each report is checked (a real place, within reach of a store, not impossibly fast from the
 * last one), becomes the courier's live position, goes into its trail when thinning keeps it, marks its arrival at a
 * store it is heading to, and tells each order in its hands where it is and when it should be at the door
 * ({@link PositionUpdated}). An order's customer or merchant follows its courier only while it is under way.
 */
@ApplicationScoped
public class Tracking {

    private static final Logger LOG = Logger.getLogger(Tracking.class.getName());

    /** How long the known store places are reused before they are read again. */
    private static final Duration ZONES_KEPT = Duration.ofMinutes(1);

    @Inject
    LivePositions live;

    @Inject
    CourierRepository couriers;

    @Inject
    JobRepository jobs;

    @Inject
    TrailRepository trail;

    @Inject
    DeliveryEvents events;

    @Inject
    Routing routing;

    @Inject
    @ConfigProperty(name = "delivery.positions.max-km-from-store", defaultValue = "100")
    double maxKilometersFromStore;

    @Inject
    @ConfigProperty(name = "delivery.positions.max-speed-kmh", defaultValue = "150")
    double maxKilometersPerHour;

    @Inject
    @ConfigProperty(name = "delivery.positions.trail-every", defaultValue = "PT30S")
    Duration trailEvery;

    @Inject
    @ConfigProperty(name = "delivery.positions.trail-meters", defaultValue = "50")
    double trailMeters;

    /** How near the store a courier counts as arrived (for the waiting it is paid). */
    @Inject
    @ConfigProperty(name = "delivery.positions.arrival-meters", defaultValue = "150")
    double arrivalMeters;

    /** Places the platform works around besides its stores' ({@code lat,lon;lat,lon}), e.g. before any job. */
    @Inject
    @ConfigProperty(name = "delivery.positions.zones", defaultValue = "none")
    String extraZones;

    @Inject
    @ConfigProperty(name = "delivery.dispatch.pickup-seconds", defaultValue = "120")
    long pickupSeconds;

    Clock clock = Clock.systemUTC();

    private Plausibility plausibility;
    private Trail thinning;
    private volatile List<GeoPoint> zones;
    private volatile Instant zonesReadAt = Instant.MIN;

    @PostConstruct
    void rules() {
        plausibility = new Plausibility(maxKilometersFromStore, maxKilometersPerHour);
        thinning = new Trail(trailEvery, trailMeters);
    }

    /**
     * The courier's position now.
     *
     * @throws DomainException 400 problem.position.invalid, outsideZone or tooFast (nothing kept); 404 for a courier
     *         without a profile
     */
    @Transactional
    public void report(long courierId, Double latitude, Double longitude) {
        Instant now = clock.instant();
        PositionReport next = PositionReport.of(latitude, longitude, now);
        Courier courier = couriers.byId(courierId).orElseThrow(() -> DomainException.notFound("courier", courierId));
        LivePosition before = live.of(courierId).orElse(null);
        plausibility.check(before == null ? null : before.last(), next, zones(now));
        List<DeliveryJob> inHand = jobs.openFor(courierId).stream().filter(DeliveryJob::isUnderWay).toList();
        PositionReport lastKept = before == null ? null : before.lastKept();
        if (thinning.keeps(lastKept, next)) {
            trail.add(new TrailPoint(courierId, inHand.isEmpty() ? null : inHand.get(0).getId(), next));
            couriers.byIdForUpdate(courierId).ifPresent(c -> c.movedTo(next.latitude(), next.longitude()));
            lastKept = next;
        }
        GeoPoint here = next.point();
        for (DeliveryJob job : inHand) {
            if (job.getStatus() == DeliveryJob.Status.ASSIGNED && job.getArrivedAt() == null
                    && pickup(job).map(store -> store.metersTo(here) <= arrivalMeters).orElse(false)) {
                jobs.byIdForUpdate(job.getId()).ifPresent(j -> j.arrivedAtStore(now));
            }
            events.publish(new PositionUpdated(job.getId(), job.getOrderId(), courierId, job.getCustomerId(),
                    job.getMerchantId(), next.latitude(), next.longitude(), now, eta(job, courier, here, now)));
        }
        live.keep(new LivePosition(courierId, next, lastKept));
    }

    /**
     * The courier of the order while it is under way, for the order's customer ({@code customerId}) or merchant
     * ({@code merchantId}); else, or before the courier's first position, not found.
     */
    public OrderTracking forOrder(long orderId, Long merchantId, Long customerId) {
        DeliveryJob job = jobs.byOrder(orderId)
                .filter(j -> merchantId != null ? merchantId.equals(j.getMerchantId())
                        : customerId != null && customerId.equals(j.getCustomerId()))
                .filter(DeliveryJob::isUnderWay)
                .orElseThrow(() -> DomainException.notFound("order", orderId));
        Courier courier = couriers.byId(job.getCourierId()).orElseThrow(() -> DomainException.notFound("order", orderId));
        PositionReport last = live.of(courier.getId()).map(LivePosition::last)
                .orElseThrow(() -> DomainException.notFound("order", orderId));
        return new OrderTracking(job, courier, last, eta(job, courier, last.point(), clock.instant()));
    }

    /** The merchant's orders whose courier is on the way and has reported, each with its courier and ETA. */
    public List<OrderTracking> underWayFor(long merchantId) {
        Instant now = clock.instant();
        List<OrderTracking> underWay = new ArrayList<>();
        for (DeliveryJob job : jobs.underWayOfMerchant(merchantId, 200)) {
            Optional<Courier> courier = couriers.byId(job.getCourierId());
            Optional<PositionReport> last = live.of(job.getCourierId()).map(LivePosition::last);
            if (courier.isPresent() && last.isPresent()) {
                underWay.add(new OrderTracking(job, courier.get(), last.get(),
                        eta(job, courier.get(), last.get().point(), now)));
            }
        }
        return underWay;
    }

    /** Every courier's last live position, with the courier, for the dispatch board. */
    public List<CourierAt> couriersAt() {
        Map<Long, Courier> known = couriers.all(1000).stream()
                .collect(Collectors.toMap(Courier::getId, Function.identity()));
        List<CourierAt> at = new ArrayList<>();
        for (LivePosition position : live.all()) {
            Courier courier = known.get(position.courierId());
            if (courier != null) {
                at.add(new CourierAt(courier, position.last()));
            }
        }
        return at;
    }

    /** An order's courier, where it was last and when it should be at the door (null when unknown). */
    public record OrderTracking(DeliveryJob job, Courier courier, PositionReport position, Instant eta) {
    }

    /** A courier and its last live position. */
    public record CourierAt(Courier courier, PositionReport position) {
    }

    private Instant eta(DeliveryJob job, Courier courier, GeoPoint here, Instant now) {
        if (job.getDropoffLatitude() == null) {
            return null;
        }
        GeoPoint door = new GeoPoint(job.getDropoffLatitude(), job.getDropoffLongitude());
        try {
            return Arrival.atDoor(routing.matrix(List.of(here, pickup(job).orElse(here), door),
                            courier.getVehicle().metersPerSecond()), job.getStatus() == DeliveryJob.Status.PICKED_UP,
                    now, job.getPickupAt(), Duration.ofSeconds(pickupSeconds));
        } catch (Routing.Unavailable e) {
            LOG.log(Level.FINE, "no arrival time for job " + job.getId(), e);
            return null;
        }
    }

    private static Optional<GeoPoint> pickup(DeliveryJob job) {
        return job.getPickupLatitude() == null ? Optional.empty()
                : Optional.of(new GeoPoint(job.getPickupLatitude(), job.getPickupLongitude()));
    }

    /** The known stores' places and the configured ones, read again after a minute (at once while none is known). */
    private List<GeoPoint> zones(Instant now) {
        if (zones == null || zones.isEmpty() || Duration.between(zonesReadAt, now).compareTo(ZONES_KEPT) > 0) {
            List<GeoPoint> read = new ArrayList<>(jobs.pickupPlaces(2000));
            Arrays.stream(extraZones.split(";")).map(String::strip).filter(s -> !s.isEmpty() && !"none".equals(s)).forEach(zone -> {
                String[] parts = zone.split(",");
                read.add(new GeoPoint(Double.parseDouble(parts[0].strip()), Double.parseDouble(parts[1].strip())));
            });
            zones = List.copyOf(read);
            zonesReadAt = now;
        }
        return zones;
    }
}
