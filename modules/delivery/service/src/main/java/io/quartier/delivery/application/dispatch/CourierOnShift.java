package io.quartier.delivery.application.dispatch;

import io.quartier.delivery.domain.model.courier.Availability;
import io.quartier.delivery.domain.model.courier.VehicleKind;
import io.quartier.delivery.domain.model.geo.GeoPoint;
import java.time.Instant;

/**
 * A courier of the zone as the cycle sees it: where it is, whether it takes work, what it rides, until when, and how
 * many more jobs it may take ({@code room}: the batch limit less the jobs it already holds).
 */
public record CourierOnShift(long courierId, GeoPoint position, Availability availability, VehicleKind vehicle,
                             Instant shiftEnd, int room) {

    /** A courier holding no job: the cycle's batch limit alone bounds what it gets. */
    public CourierOnShift(long courierId, GeoPoint position, Availability availability, VehicleKind vehicle,
                          Instant shiftEnd) {
        this(courierId, position, availability, vehicle, shiftEnd, Integer.MAX_VALUE);
    }
}
