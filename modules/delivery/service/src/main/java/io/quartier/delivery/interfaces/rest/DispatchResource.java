package io.quartier.delivery.interfaces.rest;

import io.quartier.delivery.api.DispatchApi;
import io.quartier.delivery.api.JobView;
import io.quartier.delivery.api.ManualAssignment;
import io.quartier.delivery.application.Dispatch;
import io.quartier.kernel.domain.DomainException;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.servers.Server;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The dispatch board: open and flagged jobs for admins and support; assigning by hand for admins. */
@Tag(name = "delivery")
@Server(url = "/delivery", description = "delivery service")
@Path("dispatch")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DispatchResource implements DispatchApi {

    @Inject
    Dispatch dispatch;

    @Override
    @GET
    @Path("jobs")
    @RolesAllowed({Roles.ADMIN, Roles.SUPPORT})
    @Operation(summary = "Jobs not yet delivered and jobs flagged for support")
    public List<JobView> board(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer) {
        return dispatch.board().stream().map(JobViews::of).toList();
    }

    @Override
    @POST
    @Path("jobs/{id}/assignment")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Give a job not yet picked up to an approved courier")
    public JobView assign(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") long id,
                          ManualAssignment assignment) {
        if (assignment == null) {
            throw DomainException.invalid("problem.courier.notApproved", "a courier is needed");
        }
        return JobViews.of(dispatch.assignByHand(id, assignment.courierId()));
    }
}
