package io.quartier.payment.interfaces.rest;

import io.quartier.kernel.security.Callers;
import io.quartier.kernel.security.Roles;
import io.quartier.payment.api.AuthorizationRequest;
import io.quartier.payment.api.AuthorizationView;
import io.quartier.payment.api.PaymentApi;
import io.quartier.payment.api.NewPaymentMethod;
import io.quartier.payment.api.PaymentMethodView;
import io.quartier.payment.application.Authorizations;
import io.quartier.payment.application.Holds;
import io.quartier.payment.application.PaymentMethods;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.servers.Server;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Serves {@link PaymentApi}: a customer reads their saved payment methods and their own holds; holds are taken and
 * released by the platform's services only (ordering, at checkout). The JAX-RS annotations are repeated so this
 * class reads on its own and the OpenAPI scan (which skips the api package) documents it; the constraints are the
 * contract's. The bearer parameters of the contract are read by MP-JWT, not here.
 */
@RequestScoped
@Tag(name = "payment")
@Server(url = "/payment", description = "payment service")
@Path("")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PaymentResource implements PaymentApi {

    @Inject
    PaymentMethods methods;

    @Inject
    Authorizations authorizations;

    @Inject
    Holds holds;

    @Inject
    JsonWebToken caller;

    @Override
    @GET
    @Path("payment-methods")
    @RolesAllowed(Roles.CUSTOMER)
    @Operation(summary = "The caller's saved payment methods, the preferred one first")
    public List<PaymentMethodView> paymentMethods(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer) {
        return methods.ofCustomer(Callers.accountId(caller));
    }

    @Override
    @POST
    @Path("payment-methods")
    @RolesAllowed(Roles.CUSTOMER)
    @Operation(summary = "Save a card by the token the gateway's own form gave (never a card number); the same token"
            + " again answers the card saved with it")
    @APIResponse(responseCode = "200", description = "the card saved (the default one when asked, or the first)")
    @APIResponse(responseCode = "403", description = "the caller is not a customer")
    @APIResponse(responseCode = "409", description = "problem.paymentMethod.tooMany")
    @APIResponse(responseCode = "422", description = "problem.paymentMethod.unknownToken: the gateway knows no such card")
    public PaymentMethodView addPaymentMethod(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
                                              NewPaymentMethod method) {
        return methods.add(Callers.accountId(caller), method.token(), method.preferred());
    }

    @Override
    @DELETE
    @Path("payment-methods/{id}")
    @RolesAllowed(Roles.CUSTOMER)
    @Operation(summary = "Remove one of the caller's cards: never offered nor charged again")
    @APIResponse(responseCode = "204", description = "removed (the next card becomes the default if it was)")
    @APIResponse(responseCode = "403", description = "the caller is not a customer")
    @APIResponse(responseCode = "404", description = "problem.notFound: not one of the caller's methods")
    @APIResponse(responseCode = "409", description = "problem.paymentMethod.walletNotRemovable")
    public void removePaymentMethod(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") long id) {
        methods.remove(Callers.accountId(caller), id);
    }

    @Override
    @PUT
    @Path("payment-methods/{id}/preferred")
    @RolesAllowed(Roles.CUSTOMER)
    @Operation(summary = "Make one of the caller's methods the default one")
    @APIResponse(responseCode = "403", description = "the caller is not a customer")
    @APIResponse(responseCode = "404", description = "problem.notFound: not one of the caller's methods")
    public PaymentMethodView preferPaymentMethod(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
                                                 @PathParam("id") long id) {
        return methods.prefer(Callers.accountId(caller), id);
    }

    @Override
    @POST
    @Path("authorizations")
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
    public AuthorizationView authorize(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
                                       @HeaderParam("Idempotency-Key") String idempotencyKey,
                                       AuthorizationRequest request) {
        return authorizations.authorize(idempotencyKey, request);
    }

    @GET
    @Path("authorizations/{id}")
    @RolesAllowed(Roles.CUSTOMER)
    @Operation(summary = "One of the caller's holds and where it stands (AUTHORIZED, CAPTURED, VOIDED)")
    @APIResponse(responseCode = "404", description = "problem.notFound: not one of the caller's")
    public AuthorizationView authorization(@PathParam("id") long id) {
        return authorizations.ofCustomer(Callers.accountId(caller), id);
    }

    @Override
    @POST
    @Path("orders/{orderReference}/void")
    @RolesAllowed(Roles.SERVICE)
    @Operation(summary = "Release every hold still open for an order (the platform's services only)")
    @APIResponse(responseCode = "200", description = "the holds released now (none when there were none)")
    @APIResponse(responseCode = "403", description = "the caller is not one of the platform's services")
    public List<AuthorizationView> voidOrder(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
                                             @PathParam("orderReference") String orderReference) {
        return holds.voidOrder(orderReference);
    }
}
