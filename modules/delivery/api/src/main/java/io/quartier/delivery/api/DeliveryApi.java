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

/**
 * Delivery's face for couriers: the offers made to the caller and its own jobs, accepting or declining an offer,
 * pickup with the store's code and delivery with the customer's. Another courier's job answers 404.
 */
@RegisterRestClient(configKey = "delivery")
@Path("jobs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface DeliveryApi {

    /** The offers made to the caller and its jobs not yet delivered. */
    @GET
    List<JobView> jobs(@HeaderParam("Authorization") String bearer);

    /** One of the caller's offers or jobs. */
    @GET
    @Path("{id}")
    JobView job(@HeaderParam("Authorization") String bearer, @PathParam("id") long jobId);

    /** The caller takes the job offered to it. */
    @POST
    @Path("{id}/acceptance")
    JobView accept(@HeaderParam("Authorization") String bearer, @PathParam("id") long jobId);

    /** The caller turns the offer down; it goes to another courier. */
    @POST
    @Path("{id}/refusal")
    void decline(@HeaderParam("Authorization") String bearer, @PathParam("id") long jobId);

    /** The courier confirms pickup at the store with the order's pickup code. */
    @POST
    @Path("{id}/pickup")
    JobView pickUp(@HeaderParam("Authorization") String bearer, @PathParam("id") long jobId, HandoverCode code);

    /** The courier confirms delivery with the customer's code. */
    @POST
    @Path("{id}/delivery")
    JobView deliver(@HeaderParam("Authorization") String bearer, @PathParam("id") long jobId, HandoverCode code);
}
