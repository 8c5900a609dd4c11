package io.quartier.delivery.interfaces.rest;

import org.eclipse.microprofile.openapi.annotations.servers.Server;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import io.quartier.delivery.api.DeliveryApi;
import io.quartier.delivery.api.JobView;
import io.quartier.delivery.application.Dispatch;
import io.quartier.delivery.domain.model.job.DeliveryJob;
import io.quartier.kernel.security.Callers;
import io.quartier.kernel.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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

/**
 * A courier's jobs: those on offer and its own. Another courier's job answers 404. Serves {@link DeliveryApi}; the
 * JAX-RS annotations are repeated so this class reads on its own and the OpenAPI scan (which skips the api package)
 * documents it. The bearer parameters of the contract are read by MP-JWT, not here.
 */
@Tag(name = "delivery")
@Server(url = "/delivery", description = "delivery service")
@Path("jobs")
@RolesAllowed(Roles.COURIER)
@Produces(MediaType.APPLICATION_JSON)
public class JobResource implements DeliveryApi {

    @Inject
    Dispatch dispatch;

    @Inject
    JsonWebToken caller;

    @Override
    @GET
    @Operation(summary = "Jobs on offer and the caller's jobs not yet delivered")
    public List<JobView> jobs(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer) {
        return dispatch.openFor(courierId()).stream().map(JobResource::view).toList();
    }

    @Override
    @POST
    @Path("{id}/pickup")
    @Operation(summary = "Confirm pickup at the store; an offered job becomes the caller's")
    public JobView pickUp(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") long id) {
        return view(dispatch.pickUp(id, courierId()));
    }

    @Override
    @POST
    @Path("{id}/delivery")
    @Operation(summary = "Confirm delivery to the customer")
    public JobView deliver(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") long id) {
        return view(dispatch.deliver(id, courierId()));
    }

    private long courierId() {
        return Callers.accountId(caller);
    }

    static JobView view(DeliveryJob j) {
        return new JobView(j.getId(), j.getOrderId(), j.getStatus().name(), j.getPickupName(), j.getPickupAddress(),
                j.getDropoffAddress(), j.getCourierId());
    }
}
