package io.quartier.payment.interfaces.rest;

import org.eclipse.microprofile.openapi.annotations.servers.Server;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import io.quartier.kernel.security.Roles;
import io.quartier.payment.api.AuthorizationRequest;
import io.quartier.payment.api.AuthorizationView;
import io.quartier.payment.application.Authorizations;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Serves {@code PaymentApi.authorize}: holds are taken by the platform's services only (ordering, at checkout), a
 * customer may read their own. Not written as an implementation of the interface: Bean Validation forbids an
 * implementing method to add {@code @Valid} to a parameter.
 */
@Tag(name = "payment")
@Server(url = "/payment", description = "payment service")
@Path("authorizations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AuthorizationResource {

    @Inject
    Authorizations authorizations;

    @Inject
    JsonWebToken caller;

    @POST
    @RolesAllowed(Roles.SERVICE)
    @Operation(summary = "Hold an amount on a customer's payment method for an order, once per Idempotency-Key"
            + " (the platform's services only)")
    @APIResponse(responseCode = "200", description = "authorized now, or earlier with the same key and request")
    @APIResponse(responseCode = "400", description = "problem.idempotencyKeyRequired, problem.invalid, ...")
    @APIResponse(responseCode = "402", description = "problem.payment.declined: nothing was kept")
    @APIResponse(responseCode = "403", description = "the caller is not one of the platform's services")
    @APIResponse(responseCode = "404", description = "problem.notFound: not one of the customer's payment methods")
    @APIResponse(responseCode = "409", description = "problem.idempotencyKeyInProgress: retry later")
    @APIResponse(responseCode = "422", description = "problem.idempotencyKeyReused: the key was used for another request")
    public AuthorizationView authorize(@HeaderParam("Idempotency-Key") String idempotencyKey,
                                       @Valid @NotNull AuthorizationRequest request) {
        return authorizations.authorize(idempotencyKey, request);
    }

    @GET
    @RolesAllowed(Roles.CUSTOMER)
    @Path("{id}")
    @Operation(summary = "One of the caller's holds and where it stands (AUTHORIZED, CAPTURED, VOIDED)")
    @APIResponse(responseCode = "404", description = "problem.notFound: not one of the caller's")
    public AuthorizationView authorization(@PathParam("id") long id) {
        return authorizations.ofCustomer(Long.parseLong(caller.getSubject()), id);
    }
}
