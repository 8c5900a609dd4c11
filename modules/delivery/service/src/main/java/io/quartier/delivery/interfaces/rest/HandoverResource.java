package io.quartier.delivery.interfaces.rest;

import io.quartier.delivery.api.HandoverApi;
import io.quartier.delivery.api.OrderHandover;
import io.quartier.delivery.application.Dispatch;
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
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.servers.Server;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** An order's handover codes: the pickup code to its merchant, the delivery code to its customer; else 404. */
@Tag(name = "delivery")
@Server(url = "/delivery", description = "delivery service")
@Path("handovers")
@Produces(MediaType.APPLICATION_JSON)
public class HandoverResource implements HandoverApi {

    @Inject
    Dispatch dispatch;

    @Inject
    JsonWebToken caller;

    @Override
    @GET
    @Path("{orderId}/pickup-code")
    @RolesAllowed(Roles.MERCHANT)
    @Operation(summary = "The code the merchant's staff give the courier at pickup")
    public OrderHandover pickupCode(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
                                    @PathParam("orderId") long orderId) {
        return handover(dispatch.forOrder(orderId, Callers.merchantId(caller), null), true);
    }

    @Override
    @GET
    @Path("{orderId}/delivery-code")
    @RolesAllowed(Roles.CUSTOMER)
    @Operation(summary = "The code the customer gives the courier at the door")
    public OrderHandover deliveryCode(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
                                      @PathParam("orderId") long orderId) {
        return handover(dispatch.forOrder(orderId, null, Callers.accountId(caller)), false);
    }

    private static OrderHandover handover(DeliveryJob job, boolean pickup) {
        return new OrderHandover(job.getOrderId(), pickup ? job.getPickupCode() : job.getDeliveryCode(),
                job.getStatus().name(), job.getId(), job.getProof() == null ? null : job.getProof().name());
    }
}
