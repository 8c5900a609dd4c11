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

/** The dispatch board for admins and support: jobs not yet delivered, the flagged ones, assigning by hand. */
@RegisterRestClient(configKey = "delivery")
@Path("dispatch")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface DispatchApi {

    /** Jobs not yet delivered and jobs flagged for support, oldest first. */
    @GET
    @Path("jobs")
    List<JobView> board(@HeaderParam("Authorization") String bearer);

    /** An admin gives a job not yet picked up to an approved courier. */
    @POST
    @Path("jobs/{id}/assignment")
    JobView assign(@HeaderParam("Authorization") String bearer, @PathParam("id") long jobId,
                   ManualAssignment assignment);
}
