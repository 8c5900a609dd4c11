package io.quartier.delivery.application.dispatch;

import io.quartier.delivery.domain.model.courier.Availability;
import io.quartier.delivery.domain.model.courier.VehicleKind;
import io.quartier.delivery.domain.model.geo.GeoPoint;
import java.time.Instant;

/** A courier of the zone as the cycle sees it: where it is, whether it takes work, what it rides, until when. */
public record CourierOnShift(long courierId, GeoPoint position, Availability availability, VehicleKind vehicle,
                             Instant shiftEnd) {
}
