package io.quartier.delivery.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * Following couriers: an order's customer or merchant sees its courier while it is on the way (else 404); admins and
 * support see every courier's last position on the dispatch board. Couriers report positions through
 * {@link CourierApi#report}.
 */
@RegisterRestClient(configKey = "delivery")
@Path("tracking")
@Produces(MediaType.APPLICATION_JSON)
public interface TrackingApi {

    /** The courier of the caller's order while on the way, with the expected arrival. */
    @GET
    @Path("orders/{orderId}")
    CourierTracking track(@HeaderParam("Authorization") String bearer, @PathParam("orderId") long orderId);

    /** The couriers of the caller's (a merchant's) orders on the way, each with its order and expected arrival. */
    @GET
    @Path("orders")
    List<CourierTracking> underWay(@HeaderParam("Authorization") String bearer);

    /** Every courier's last known position (admins and support). */
    @GET
    @Path("couriers")
    List<CourierPosition> positions(@HeaderParam("Authorization") String bearer);
}
