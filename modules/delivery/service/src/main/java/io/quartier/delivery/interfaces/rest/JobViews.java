package io.quartier.delivery.interfaces.rest;

import io.quartier.delivery.api.CourierView;
import io.quartier.delivery.api.JobView;
import io.quartier.delivery.application.Earnings;
import io.quartier.delivery.domain.model.courier.Courier;
import io.quartier.delivery.domain.model.job.DeliveryJob;

/** Delivery's entities as the records of its api. */
final class JobViews {

    private JobViews() {
    }

    static JobView of(DeliveryJob j) {
        return new JobView(j.getId(), j.getOrderId(), j.getStatus().name(), j.getPickupName(), j.getPickupAddress(),
                j.getDropoffAddress(), j.getCourierId(), j.getOfferExpiresAt(), j.getPickupLatitude(),
                j.getPickupLongitude(), j.getDropoffLatitude(), j.getDropoffLongitude(), j.getPickupAt(),
                j.getDeadline(), j.isFlagged(), Earnings.view(j.getEarning()), j.getGroupId(),
                j.getProof() == null ? null : j.getProof().name(),
                j.getFailureReason() == null ? null : j.getFailureReason().name(), j.getFailureNote());
    }

    static CourierView of(Courier c) {
        return new CourierView(c.getId(), c.getName(), c.getOnboarding().name(), c.getVehicle().name(),
                c.getHomeZone(), c.getAvailability().name());
    }
}
