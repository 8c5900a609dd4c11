package io.quartier.delivery.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * An order's handover codes: the pickup code for its merchant, the delivery code for its customer. Another's order,
 * or one without a job yet, answers 404.
 */
@RegisterRestClient(configKey = "delivery")
@Path("handovers")
@Produces(MediaType.APPLICATION_JSON)
public interface HandoverApi {

    @GET
    @Path("{orderId}/pickup-code")
    OrderHandover pickupCode(@HeaderParam("Authorization") String bearer, @PathParam("orderId") long orderId);

    @GET
    @Path("{orderId}/delivery-code")
    OrderHandover deliveryCode(@HeaderParam("Authorization") String bearer, @PathParam("orderId") long orderId);
}
