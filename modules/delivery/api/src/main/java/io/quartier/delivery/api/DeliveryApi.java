package io.quartier.delivery.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** Delivery's public face for couriers: the jobs on offer and their own, pickup and delivery. */
@RegisterRestClient(configKey = "delivery")
@Path("jobs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface DeliveryApi {

    /** Jobs still on offer plus the caller's own jobs that are not delivered yet. */
    @GET
    List<JobView> jobs(@HeaderParam("Authorization") String bearer);

    /** The courier confirms pickup at the store; an offered job becomes the caller's. */
    @POST
    @Path("{id}/pickup")
    JobView pickUp(@HeaderParam("Authorization") String bearer, @PathParam("id") long jobId);

    /** The courier confirms delivery; only the courier who picked it up may. */
    @POST
    @Path("{id}/delivery")
    JobView deliver(@HeaderParam("Authorization") String bearer, @PathParam("id") long jobId);
}
