package io.quartier.payment.interfaces.rest;

import io.quartier.kernel.security.Roles;
import io.quartier.payment.api.AuthorizationView;
import io.quartier.payment.application.Holds;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.servers.Server;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Serves {@code PaymentApi.voidOrder}: ordering releases the holds of an order whose checkout failed. */
@RequestScoped
@Tag(name = "payment")
@Server(url = "/payment", description = "payment service")
@Path("orders")
@RolesAllowed(Roles.SERVICE)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrderHoldsResource {

    @Inject
    Holds holds;

    @POST
    @Path("{orderReference}/void")
    @Operation(summary = "Release every hold still open for an order (the platform's services only)")
    @APIResponse(responseCode = "200", description = "the holds released now (none when there were none)")
    @APIResponse(responseCode = "403", description = "the caller is not one of the platform's services")
    public List<AuthorizationView> voidOrder(@PathParam("orderReference") @Pattern(regexp = "[A-Za-z0-9._:-]{1,64}")
                                             String orderReference) {
        return holds.voidOrder(orderReference);
    }
}
