package io.quartier.payment.interfaces.rest;

import io.quartier.kernel.security.Roles;
import io.quartier.payment.api.LedgerApi;
import io.quartier.payment.api.LedgerBalance;
import io.quartier.payment.api.LedgerInvariant;
import io.quartier.payment.application.Books;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.servers.Server;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Serves {@link LedgerApi} to admins only; everyone else, support included, gets 403. */
@RequestScoped
@Tag(name = "payment")
@Server(url = "/payment", description = "payment service")
@Path("ledger")
@Produces(MediaType.APPLICATION_JSON)
public class LedgerResource implements LedgerApi {

    @Inject
    Books books;

    @Override
    @GET
    @Path("balances")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Every account's balance per currency (debits minus credits)")
    @APIResponse(responseCode = "403", description = "the caller is not an admin")
    public List<LedgerBalance> balances(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer) {
        return books.balances();
    }

    @Override
    @GET
    @Path("invariant")
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Whether postings sum to zero per currency and each order's postings match what it was charged")
    @APIResponse(responseCode = "403", description = "the caller is not an admin")
    public LedgerInvariant invariant(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer) {
        return books.invariant();
    }
}
