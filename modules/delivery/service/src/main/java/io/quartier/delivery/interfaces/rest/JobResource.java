package io.quartier.delivery.interfaces.rest;

import io.quartier.delivery.api.DeliveryApi;
import io.quartier.delivery.api.FailureReport;
import io.quartier.delivery.api.HandoverCode;
import io.quartier.delivery.api.JobView;
import io.quartier.delivery.application.Dispatch;
import io.quartier.delivery.application.FailedDeliveries;
import io.quartier.delivery.application.Handover;
import io.quartier.delivery.domain.model.job.DeliveryPhoto;
import io.quartier.delivery.domain.model.job.PhotoFormat;
import io.quartier.kernel.domain.DomainException;
import io.quartier.kernel.problem.ProblemException;
import io.quartier.kernel.problem.Uploads;
import io.quartier.kernel.security.Callers;
import io.quartier.kernel.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.servers.Server;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A courier's offers and jobs. Another courier's job answers 404, as one that does not exist. A wrong handover code
 * answers 409 {@code problem.job.wrongCode} with the tries left (kept: the count survives the refusal); after the
 * fifth, {@code problem.job.codeLocked}, and the job is flagged for support. A courier who cannot deliver the order
 * it picked up reports why ({@code failure}, or {@code failure-photo} with a photo). The photo proving a delivery made
 * in the customer's absence (or a failure) is the one thing here for someone else than couriers: the customer, support
 * and admins. Serves {@link DeliveryApi}; the JAX-RS annotations are repeated so the OpenAPI scan (which skips the api
 * package) documents it.
 */
@Tag(name = "delivery")
@Server(url = "/delivery", description = "delivery service")
@Path("jobs")
@RolesAllowed(Roles.COURIER)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class JobResource implements DeliveryApi {

    @Inject
    Dispatch dispatch;

    @Inject
    FailedDeliveries failures;

    @Inject
    JsonWebToken caller;

    @Override
    @GET
    @Operation(summary = "The offers made to the caller and its jobs not yet delivered")
    public List<JobView> jobs(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer) {
        return dispatch.openFor(courierId()).stream().map(JobViews::of).toList();
    }

    @Override
    @GET
    @Path("{id}")
    @Operation(summary = "One of the caller's offers or jobs; another's answers 404")
    public JobView job(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") long id) {
        return JobViews.of(dispatch.job(id, courierId()));
    }

    @Override
    @POST
    @Path("{id}/acceptance")
    @Operation(summary = "Take the job offered to the caller; 409 problem.job.offerExpired once the offer lapsed")
    public JobView accept(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") long id) {
        return JobViews.of(dispatch.accept(id, courierId()));
    }

    @Override
    @POST
    @Path("{id}/refusal")
    @Operation(summary = "Turn the offer down; it goes to another courier")
    public void decline(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") long id) {
        dispatch.decline(id, courierId());
    }

    @Override
    @POST
    @Path("{id}/pickup")
    @Operation(summary = "Confirm pickup with the order's pickup code (400 problem.job.invalidCode; 409 problem.job.wrongCode, problem.job.codeLocked)")
    public JobView pickUp(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") long id,
                          HandoverCode code) {
        return answer(dispatch.pickUp(id, courierId(), typed(code)));
    }

    @Override
    @POST
    @Path("{id}/delivery")
    @Operation(summary = "Confirm delivery with the customer's code (400 problem.job.invalidCode; 409 problem.job.wrongCode, problem.job.codeLocked)")
    public JobView deliver(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") long id,
                           HandoverCode code) {
        return answer(dispatch.deliver(id, courierId(), typed(code)));
    }

    @POST
    @Path("{id}/delivery-photo")
    @Consumes({"image/*", MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "The customer absent: deliver with a photo of where the order was left, the image as the "
            + "body (JPEG or PNG, told by its bytes, at most 5 MB); the assigned courier only, once picked up")
    @APIResponse(responseCode = "200", description = "delivered, with proof PHOTO")
    @APIResponse(responseCode = "400", description = "problem.photo.notAnImage (also a damaged file), "
            + "problem.photo.tooManyPixels (over 40 megapixels by its header); kept as a JPEG without metadata")
    @APIResponse(responseCode = "404", description = "not the caller's job")
    @APIResponse(responseCode = "409", description = "problem.job.wrongStatus before pickup, problem.job.codeLocked")
    @APIResponse(responseCode = "413", description = "problem.tooLarge: over 5 MB")
    public JobView deliverWithPhoto(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") long id,
                                    InputStream photo) throws IOException {
        return JobViews.of(dispatch.deliverWithPhoto(id, courierId(), photo(photo)));
    }

    /**
     * The contract's side of the upload: the client sends the photo as bytes, with its media type. Its one JAX-RS
     * annotation keeps the interface's from making it a second resource method.
     */
    @Override
    public JobView deliverWithPhoto(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, long id, byte[] photo,
                                    String contentType) {
        try {
            return deliverWithPhoto(bearer, id, new ByteArrayInputStream(photo == null ? new byte[0] : photo));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    @POST
    @Path("{id}/failure")
    @Operation(summary = "The caller cannot deliver the order it picked up: why (ADDRESS_NOT_FOUND, UNSAFE, DAMAGED; "
            + "CUSTOMER_ABSENT needs a photo, see failure-photo) and an optional short note; the job is over. "
            + "A repeated report answers the job as it is")
    @APIResponse(responseCode = "200", description = "the job, FAILED")
    @APIResponse(responseCode = "400", description = "problem.job.failureReason, problem.job.noteTooLong, "
            + "problem.job.photoRequired")
    @APIResponse(responseCode = "404", description = "not the caller's job")
    @APIResponse(responseCode = "409", description = "problem.job.wrongStatus before pickup or once delivered")
    public JobView reportFailure(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") long id,
                                 FailureReport report) {
        FailureReport given = report == null ? new FailureReport(null, null) : report;
        return JobViews.of(failures.report(id, courierId(), given.reason(), given.note(), null));
    }

    @POST
    @Path("{id}/failure-photo")
    @Consumes({"image/*", MediaType.APPLICATION_OCTET_STREAM})
    @Operation(summary = "As failure, with a photo as the body (JPEG or PNG, at most 5 MB): of the door nobody "
            + "opened (CUSTOMER_ABSENT needs it), or of the damage; the reason and note as query parameters")
    @APIResponse(responseCode = "200", description = "the job, FAILED, with proof PHOTO")
    @APIResponse(responseCode = "400", description = "problem.job.failureReason, problem.job.noteTooLong, "
            + "problem.photo.notAnImage, problem.photo.tooManyPixels")
    @APIResponse(responseCode = "404", description = "not the caller's job")
    @APIResponse(responseCode = "409", description = "problem.job.wrongStatus before pickup or once delivered")
    @APIResponse(responseCode = "413", description = "problem.tooLarge: over 5 MB")
    public JobView reportFailureWithPhoto(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
                                          @PathParam("id") long id, @QueryParam("reason") String reason,
                                          @QueryParam("note") String note, InputStream photo) throws IOException {
        return JobViews.of(failures.report(id, courierId(), reason, note, photo(photo)));
    }

    /** The contract's side of the upload, as for {@link #deliverWithPhoto(String, long, byte[], String)}. */
    @Override
    public JobView reportFailureWithPhoto(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, long id,
                                          String reason, String note, byte[] photo, String contentType) {
        try {
            return reportFailureWithPhoto(bearer, id, reason, note,
                    new ByteArrayInputStream(photo == null ? new byte[0] : photo));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    @GET
    @Path("{id}/delivery-photo")
    @Produces({"image/jpeg", "image/png", MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.CUSTOMER, Roles.SUPPORT, Roles.ADMIN})
    @Operation(summary = "The photo that proved the delivery, for the order's customer, support and admins")
    @APIResponse(responseCode = "200", description = "the JPEG or PNG the courier took")
    @APIResponse(responseCode = "404", description = "another customer's order, or no delivery by photo")
    public Response deliveryPhoto(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") long id) {
        boolean staff = caller.getGroups().contains(Roles.SUPPORT) || caller.getGroups().contains(Roles.ADMIN);
        DeliveryPhoto photo = dispatch.photo(id, staff ? null : Callers.accountId(caller));
        return Response.ok(photo.getImage(), photo.getMediaType())
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    /**
     * The four digits typed; anything else (none, letters, more digits) is refused as a typing slip, 400
     * {@code problem.job.invalidCode}, and not counted as a wrong code: it cannot be a guess of the right one.
     */
    private static String typed(HandoverCode code) {
        if (code == null || code.code() == null || !code.code().strip().matches("[0-9]{4}")) {
            throw DomainException.invalid("problem.job.invalidCode", "a handover code is four digits");
        }
        return code.code().strip();
    }

    /** Runs after the handover's transaction committed, so a refused code stays counted. */
    private static JobView answer(Handover handover) {
        if (!handover.check().accepted()) {
            throw DomainException.conflict(handover.check().left() == 0 ? "problem.job.codeLocked"
                            : "problem.job.wrongCode", "wrong code for job " + handover.job().getId())
                    .withError("triesLeft", handover.check().left());
        }
        return JobViews.of(handover.job());
    }

    /** The uploaded photo, refused with 413 {@code problem.tooLarge} past the limit before it is read whole. */
    private static byte[] photo(InputStream body) throws IOException {
        byte[] image = Uploads.readAtMost(body, PhotoFormat.MAX_BYTES);
        if (image.length > PhotoFormat.MAX_BYTES) {
            throw new ProblemException(413, "problem.tooLarge",
                    "a delivery photo has at most " + PhotoFormat.MAX_BYTES + " bytes");
        }
        return image;
    }

    private long courierId() {
        return Callers.accountId(caller);
    }
}
