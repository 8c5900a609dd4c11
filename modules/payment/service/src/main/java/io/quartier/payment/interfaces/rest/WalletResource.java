package io.quartier.payment.interfaces.rest;

import io.quartier.kernel.security.Callers;
import io.quartier.kernel.security.Roles;
import io.quartier.payment.api.TopUpRequest;
import io.quartier.payment.api.TopUpView;
import io.quartier.payment.api.WalletApi;
import io.quartier.payment.api.WalletView;
import io.quartier.payment.application.TopUps;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.servers.Server;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Serves {@link WalletApi}: a customer's own Quartier wallet, and its top-ups. */
@RequestScoped
@Tag(name = "payment")
@Server(url = "/payment", description = "payment service")
@Path("wallet")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WalletResource implements WalletApi {

    @Inject
    TopUps topUps;

    @Inject
    JsonWebToken caller;

    @Override
    @GET
    @RolesAllowed(Roles.CUSTOMER)
    @Operation(summary = "The caller's Quartier wallet in a currency (EUR by default): balance, held, available and"
            + " its latest movements")
    @APIResponse(responseCode = "403", description = "the caller is not a customer")
    public WalletView wallet(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
                             @QueryParam("currency") String currency) {
        return topUps.wallet(Callers.accountId(caller), currency == null ? "EUR" : currency);
    }

    @Override
    @POST
    @Path("top-ups")
    @RolesAllowed(Roles.CUSTOMER)
    @Operation(summary = "Top the caller's wallet up from one of its saved cards, once per Idempotency-Key")
    @APIResponse(responseCode = "200", description = "COMPLETED: the wallet holds the money")
    @APIResponse(responseCode = "400", description = "problem.idempotencyKeyRequired, problem.topUp.amount, ...")
    @APIResponse(responseCode = "402", description = "problem.payment.declined, ...: nothing was charged")
    @APIResponse(responseCode = "403", description = "the caller is not a customer")
    @APIResponse(responseCode = "404", description = "problem.notFound: not one of the caller's cards")
    @APIResponse(responseCode = "409", description = "problem.idempotencyKeyInProgress: retry later")
    @APIResponse(responseCode = "422", description = "problem.idempotencyKeyReused")
    @APIResponse(responseCode = "503", description = "problem.topUp.pending: the gateway did not answer; retry")
    public TopUpView topUp(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
                           @HeaderParam("Idempotency-Key") String idempotencyKey, TopUpRequest request) {
        return topUps.topUp(Callers.accountId(caller), idempotencyKey, request);
    }
}
