package io.quartier.delivery.domain.model.position;

import io.quartier.delivery.domain.model.geo.GeoPoint;
import io.quartier.kernel.domain.DomainException;
import java.time.Duration;
import java.util.Collection;

/**
 * Whether a reported position can be true: near one of the zones the platform works in (its stores), and not reached
 * from the last accepted one faster than any vehicle goes. A few hundred metres of jitter are always allowed, since
 * a phone's fixes jump that much.
 */
public final class Plausibility {

    /** Moves shorter than this are GPS noise, whatever the time between the two fixes. */
    static final double JITTER_METERS = 200;

    private final double maxMetersFromZone;
    private final double maxMetersPerSecond;

    public Plausibility(double maxKilometersFromZone, double maxKilometersPerHour) {
        this.maxMetersFromZone = maxKilometersFromZone * 1000;
        this.maxMetersPerSecond = maxKilometersPerHour / 3.6;
    }

    /**
     * @param previous the courier's last accepted position, or null
     * @param zones    where the platform works; when none is known, every place is allowed
     * @throws DomainException 400 problem.position.outsideZone or problem.position.tooFast
     */
    public void check(PositionReport previous, PositionReport next, Collection<GeoPoint> zones) {
        GeoPoint here = next.point();
        if (!zones.isEmpty() && zones.stream().noneMatch(zone -> zone.metersTo(here) <= maxMetersFromZone)) {
            throw DomainException.invalid("problem.position.outsideZone",
                    "the position is more than " + Math.round(maxMetersFromZone / 1000) + " km from any store");
        }
        if (previous == null) {
            return;
        }
        double meters = previous.point().metersTo(here);
        if (meters <= JITTER_METERS) {
            return;
        }
        double seconds = Math.max(1, Duration.between(previous.at(), next.at()).toMillis() / 1000.0);
        if (meters / seconds > maxMetersPerSecond) {
            throw DomainException.invalid("problem.position.tooFast", Math.round(meters) + " m in "
                    + Math.round(seconds) + " s since the last position is faster than any courier goes");
        }
    }
}
