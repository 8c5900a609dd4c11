package io.quartier.delivery.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * Delivery's face for couriers: the offers made to the caller and its own jobs, accepting or declining an offer,
 * pickup with the store's code and delivery with the customer's, or with a photo when the customer is absent, or a
 * report that it cannot be delivered. Another
 * courier's job answers 404. The parts of a multi-store order are one tour: accepting or declining one offer accepts
 * or declines the parts offered with it, and delivering one delivers the others the courier has picked up.
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

    /**
     * The customer is absent: the courier, holding the picked-up order, delivers it with a photo of where it left it,
     * a JPEG or PNG of at most 5 MB (told by its bytes, whatever {@code contentType} says; never null, it becomes the
     * request's Content-Type). 400 {@code problem.photo.notAnImage}, 413 {@code problem.tooLarge}, 409
     * {@code problem.job.wrongStatus} before pickup or {@code problem.job.codeLocked}.
     */
    @POST
    @Path("{id}/delivery-photo")
    @Consumes(MediaType.APPLICATION_OCTET_STREAM)
    JobView deliverWithPhoto(@HeaderParam("Authorization") String bearer, @PathParam("id") long jobId, byte[] photo,
                             @HeaderParam("Content-Type") String contentType);

    /**
     * The courier holding the picked-up order cannot deliver it, for one of the {@link DeliveryFailureReason}s but
     * CUSTOMER_ABSENT (which needs a photo, {@link #reportFailureWithPhoto}). The job is over and leaves the courier's
     * tour; reporting it again answers the job as it is. 400 {@code problem.job.failureReason},
     * {@code problem.job.noteTooLong}, {@code problem.job.photoRequired}; 409 {@code problem.job.wrongStatus} before
     * pickup or once delivered; another courier's job 404.
     */
    @POST
    @Path("{id}/failure")
    JobView reportFailure(@HeaderParam("Authorization") String bearer, @PathParam("id") long jobId,
                          FailureReport report);

    /**
     * As {@link #reportFailure}, with a photo (JPEG or PNG, at most 5 MB) of the door or of the damage: the proof a
     * CUSTOMER_ABSENT report needs, kept for the customer and support as a delivery photo is.
     */
    @POST
    @Path("{id}/failure-photo")
    @Consumes(MediaType.APPLICATION_OCTET_STREAM)
    JobView reportFailureWithPhoto(@HeaderParam("Authorization") String bearer, @PathParam("id") long jobId,
                                   @QueryParam("reason") String reason, @QueryParam("note") String note,
                                   byte[] photo, @HeaderParam("Content-Type") String contentType);

    /** The photo that proved the job's delivery, for the order's customer, support and admins; else 404. */
    @GET
    @Path("{id}/delivery-photo")
    @Produces({"image/jpeg", "image/png", MediaType.APPLICATION_JSON})
    Response deliveryPhoto(@HeaderParam("Authorization") String bearer, @PathParam("id") long jobId);
}
