package io.quartier.delivery.application.dispatch;

import io.quartier.delivery.domain.model.courier.Courier;
import io.quartier.delivery.domain.model.geo.GeoPoint;
import io.quartier.delivery.domain.model.geo.Zone;
import io.quartier.delivery.domain.model.geo.Zones;
import io.quartier.delivery.domain.model.job.DeliveryJob;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who may be offered what, by place. A job belongs to the zone of its pickup (its store); a courier to its home zone,
 * or, when that names no zone, to the zone where it was last seen. A courier is where it was last seen, or, when no
 * position is known yet, at its zone's centre (never amid unrelated pickups). A job is offered only to a courier of
 * its zone whose place is within {@code reachMeters} of the pickup. Jobs and couriers outside every zone form a share
 * of their own, where only couriers with a known position are used; a job whose store's place is unknown is left to
 * an admin.
 */
public final class Zoning {

    private final Zones zones;
    private final double reachMeters;

    public Zoning(Zones zones, double reachMeters) {
        this.zones = zones;
        this.reachMeters = reachMeters;
    }

    /**
     * The round's work split by zone: each zone with waiting jobs, with the free couriers who work there, in the
     * order the zones are configured; then the share outside every zone (its {@code zone} null) when it has jobs.
     * A job with no known pickup is in no share.
     */
    public List<Share> split(Collection<DeliveryJob> waiting, Collection<Courier> free) {
        Map<Zone, List<DeliveryJob>> jobs = new LinkedHashMap<>();
        zones.all().forEach(zone -> jobs.put(zone, new ArrayList<>()));
        List<DeliveryJob> elsewhere = new ArrayList<>();
        for (DeliveryJob job : waiting) {
            pickup(job).ifPresent(pickup -> zones.around(pickup)
                    .ifPresentOrElse(zone -> jobs.get(zone).add(job), () -> elsewhere.add(job)));
        }
        List<Share> shares = new ArrayList<>();
        jobs.forEach((zone, its) -> {
            if (!its.isEmpty()) {
                shares.add(new Share(zone, its, free.stream()
                        .filter(courier -> zoneOf(courier).filter(zone::equals).isPresent()).toList()));
            }
        });
        if (!elsewhere.isEmpty()) {
            shares.add(new Share(null, elsewhere, free.stream()
                    .filter(courier -> zoneOf(courier).isEmpty() && position(courier).isPresent()).toList()));
        }
        return shares;
    }

    /** The courier's home zone when it names one, else the zone where it was last seen. */
    public Optional<Zone> zoneOf(Courier courier) {
        Optional<Zone> home = zones.home(courier.getHomeZone());
        return home.isPresent() ? home : position(courier).flatMap(zones::around);
    }

    /** Where dispatch takes the courier to be: where it was last seen, else its zone's centre; else unknown. */
    public Optional<GeoPoint> place(Courier courier) {
        Optional<GeoPoint> seen = position(courier);
        return seen.isPresent() ? seen : zoneOf(courier).map(Zone::centre);
    }

    /** Whether the job may be offered to the courier: both of one zone (or both outside all), the pickup in reach. */
    public boolean reaches(Courier courier, DeliveryJob job) {
        Optional<GeoPoint> pickup = pickup(job);
        Optional<GeoPoint> place = place(courier);
        if (pickup.isEmpty() || place.isEmpty() || !zones.around(pickup.get()).equals(zoneOf(courier))) {
            return false;
        }
        return place.get().metersTo(pickup.get()) <= reachMeters;
    }

    public static Optional<GeoPoint> pickup(DeliveryJob job) {
        return job.getPickupLatitude() == null || job.getPickupLongitude() == null ? Optional.empty()
                : Optional.of(new GeoPoint(job.getPickupLatitude(), job.getPickupLongitude()));
    }

    private static Optional<GeoPoint> position(Courier courier) {
        return courier.getLatitude() == null || courier.getLongitude() == null ? Optional.empty()
                : Optional.of(new GeoPoint(courier.getLatitude(), courier.getLongitude()));
    }

    /** One zone's waiting jobs and free couriers ({@code zone} null: outside every zone). */
    public record Share(Zone zone, List<DeliveryJob> jobs, List<Courier> couriers) {

        public Share {
            jobs = List.copyOf(jobs);
            couriers = List.copyOf(couriers);
        }

        public String name() {
            return zone == null ? "outside every zone" : zone.name();
        }
    }
}
