package io.quartier.delivery.interfaces.rest;

import io.quartier.delivery.api.CourierPosition;
import io.quartier.delivery.api.CourierTracking;
import io.quartier.delivery.api.TrackingApi;
import io.quartier.delivery.application.Tracking;
import io.quartier.delivery.domain.model.job.DeliveryJob;
import io.quartier.kernel.security.Callers;
import io.quartier.kernel.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.servers.Server;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Following couriers. An order's customer (or its merchant) sees its courier only while the courier has it in hand
 * (assigned or picked up); another's order, one not under way, or one whose courier has not reported yet answers
 * 404.
 */
@Tag(name = "delivery")
@Server(url = "/delivery", description = "delivery service")
@Path("tracking")
@Produces(MediaType.APPLICATION_JSON)
public class TrackingResource implements TrackingApi {

    @Inject
    Tracking tracking;

    @Inject
    JsonWebToken caller;

    @Override
    @GET
    @Path("orders/{orderId}")
    @RolesAllowed({Roles.CUSTOMER, Roles.MERCHANT})
    @Operation(summary = "The courier of the caller's order while on the way, with the expected arrival; else 404")
    public CourierTracking track(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
                                 @PathParam("orderId") long orderId) {
        boolean merchant = caller.getGroups().contains(Roles.MERCHANT);
        return view(tracking.forOrder(orderId, merchant ? Callers.merchantId(caller) : null,
                merchant ? null : Callers.accountId(caller)));
    }

    @Override
    @GET
    @Path("orders")
    @RolesAllowed(Roles.MERCHANT)
    @Operation(summary = "The couriers of the merchant's orders on the way, with their expected arrival")
    public List<CourierTracking> underWay(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer) {
        return tracking.underWayFor(Callers.merchantId(caller)).stream().map(TrackingResource::view).toList();
    }

    private static CourierTracking view(Tracking.OrderTracking t) {
        DeliveryJob job = t.job();
        return new CourierTracking(job.getOrderId(), job.getStatus().name(), t.courier().getName(),
                t.position().latitude(), t.position().longitude(), t.position().at(), t.eta(),
                job.getPickupLatitude(), job.getPickupLongitude(), job.getDropoffLatitude(), job.getDropoffLongitude());
    }

    @Override
    @GET
    @Path("couriers")
    @RolesAllowed({Roles.ADMIN, Roles.SUPPORT})
    @Operation(summary = "Every courier's last known position, for the dispatch board")
    public List<CourierPosition> positions(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer) {
        return tracking.couriersAt().stream().map(at -> new CourierPosition(at.courier().getId(),
                at.courier().getName(), at.courier().getAvailability().name(), at.position().latitude(),
                at.position().longitude(), at.position().at())).toList();
    }
}
