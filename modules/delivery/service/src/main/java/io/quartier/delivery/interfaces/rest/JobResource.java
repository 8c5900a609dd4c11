package io.quartier.delivery.interfaces.rest;

import io.quartier.delivery.api.DeliveryApi;
import io.quartier.delivery.api.HandoverCode;
import io.quartier.delivery.api.JobView;
import io.quartier.delivery.application.Dispatch;
import io.quartier.delivery.application.Handover;
import io.quartier.kernel.domain.DomainException;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.servers.Server;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A courier's offers and jobs. Another courier's job answers 404, as one that does not exist. A wrong handover code
 * answers 409 {@code problem.job.wrongCode} with the tries left (kept: the count survives the refusal); after the
 * fifth, {@code problem.job.codeLocked}, and the job is flagged for support. Serves {@link DeliveryApi}; the JAX-RS
 * annotations are repeated so the OpenAPI scan (which skips the api package) documents it.
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

    private long courierId() {
        return Callers.accountId(caller);
    }
}
