package io.quartier.delivery.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** Couriers: a courier's own profile and availability; the list, approval and suspension for admins. */
@RegisterRestClient(configKey = "delivery")
@Path("couriers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface CourierApi {

    /** The caller's courier profile, made on its first use (waiting for an admin's approval). */
    @GET
    @Path("me")
    CourierView me(@HeaderParam("Authorization") String bearer);

    /** The zones couriers are dispatched in, by name: a courier's home zone is one of them or one of its districts. */
    @GET
    @Path("zones")
    List<String> zones(@HeaderParam("Authorization") String bearer);

    @PUT
    @Path("me/profile")
    CourierView describe(@HeaderParam("Authorization") String bearer, CourierProfile profile);

    /** Online, on a break or offline; only an approved courier may go online. */
    @PUT
    @Path("me/availability")
    CourierView changeAvailability(@HeaderParam("Authorization") String bearer, AvailabilityChange change);

    /**
     * The caller's position now, kept as its live position (and, thinned, in its trail); refused with 400
     * problem.position.invalid, problem.position.outsideZone or problem.position.tooFast.
     */
    @POST
    @Path("me/position")
    void report(@HeaderParam("Authorization") String bearer, PositionFix fix);

    /** The caller's earnings from delivered jobs: per day, this week, the last jobs. */
    @GET
    @Path("me/earnings")
    EarningsSummary earnings(@HeaderParam("Authorization") String bearer);

    /**
     * The caller's tour: the stops still to make for its jobs taken and not yet delivered, in the order to drive
     * them from its last known position (stores before their doors, no door later than needed, the shortest way).
     */
    @GET
    @Path("me/tour")
    CourierTour tour(@HeaderParam("Authorization") String bearer);

    /** Every courier, for admins and support. */
    @GET
    List<CourierView> couriers(@HeaderParam("Authorization") String bearer);

    @POST
    @Path("{id}/approval")
    CourierView approve(@HeaderParam("Authorization") String bearer, @PathParam("id") long courierId);

    /** A suspended courier is taken offline and its open offers go to others. */
    @POST
    @Path("{id}/suspension")
    CourierView suspend(@HeaderParam("Authorization") String bearer, @PathParam("id") long courierId);
}
