package io.quartier.delivery.application;

import io.quartier.delivery.domain.model.courier.Availability;
import io.quartier.delivery.domain.model.courier.Courier;
import io.quartier.delivery.domain.model.courier.CourierRepository;
import io.quartier.delivery.domain.model.courier.VehicleKind;
import io.quartier.delivery.domain.model.geo.Zone;
import io.quartier.delivery.domain.model.geo.Zones;
import io.quartier.delivery.domain.model.job.DeliveryJob;
import io.quartier.delivery.domain.model.job.JobRepository;
import io.quartier.kernel.domain.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Couriers' profiles: made on first use, described and switched online by the courier, approved by an admin. */
@ApplicationScoped
public class Couriers {

    @Inject
    CourierRepository couriers;

    @Inject
    JobRepository jobs;

    /** The zones dispatch plans in (as {@code OfferRound} reads them): a courier's home zone must name one. */
    @Inject
    @ConfigProperty(name = "delivery.dispatch.zones", defaultValue = "none")
    String zoneConfig;

    Clock clock = Clock.systemUTC();

    /** The courier's profile, made (pending approval) the first time it is asked for. */
    @Transactional
    public Courier profile(long accountId, String name) {
        Optional<Courier> known = couriers.byIdForUpdate(accountId);
        if (known.isPresent()) {
            return known.get();
        }
        couriers.addIfAbsent(new Courier(accountId, name, clock.instant()));
        return couriers.byIdForUpdate(accountId).orElseThrow();
    }

    @Transactional
    public Courier describe(long accountId, String name, String vehicle, String homeZone) {
        Courier courier = profile(accountId, name);
        courier.describe(parse(VehicleKind.class, vehicle, "problem.courier.invalidVehicle"), homeZone);
        requireKnownZone(courier.getHomeZone());
        return courier;
    }

    /**
     * A home zone names a zone dispatch plans in or one of its districts ("Paris 9e"): a courier of no zone would be
     * offered nothing. Any name goes while no zone is configured.
     */
    private void requireKnownZone(String homeZone) {
        Zones zones = Zones.parse(zoneConfig);
        if (homeZone != null && !zones.all().isEmpty() && zones.home(homeZone).isEmpty()) {
            throw DomainException.invalid("problem.courier.unknownZone", "'" + homeZone + "' is none of the zones"
                    + " dispatch plans in, nor one of their districts").withError("zones", zoneNames());
        }
    }

    @Transactional
    public Courier changeAvailability(long accountId, String name, String availability) {
        Courier courier = profile(accountId, name);
        courier.changeAvailability(parse(Availability.class, availability, "problem.courier.invalidAvailability"));
        if (courier.getAvailability() != Availability.ONLINE) {
            jobs.offeredTo(accountId).forEach(DeliveryJob::withdrawOffer);
        }
        return courier;
    }

    /** The names of the zones couriers are dispatched in, for a courier to choose its home zone from. */
    public List<String> zoneNames() {
        return Zones.parse(zoneConfig).all().stream().map(Zone::name).toList();
    }

    public List<Courier> all() {
        return couriers.all(500);
    }

    @Transactional
    public Courier approve(long courierId) {
        Courier courier = find(courierId);
        courier.approve();
        return courier;
    }

    /** Offline at once, and its open offers go to others. */
    @Transactional
    public Courier suspend(long courierId) {
        Courier courier = find(courierId);
        courier.suspend();
        jobs.offeredTo(courierId).forEach(DeliveryJob::withdrawOffer);
        return courier;
    }

    private Courier find(long courierId) {
        return couriers.byIdForUpdate(courierId).orElseThrow(() -> DomainException.notFound("courier", courierId));
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String problem) {
        try {
            return Enum.valueOf(type, String.valueOf(value).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid(problem, "not one of the " + type.getSimpleName() + " values: " + value);
        }
    }
}
