package io.quartier.payment.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The ledger, for admins only: every account's balance, and whether the books hold together. */
@RegisterRestClient(configKey = "payment")
@Path("ledger")
@Produces(MediaType.APPLICATION_JSON)
public interface LedgerApi {

    @GET
    @Path("balances")
    List<LedgerBalance> balances(@HeaderParam("Authorization") String bearer);

    @GET
    @Path("invariant")
    LedgerInvariant invariant(@HeaderParam("Authorization") String bearer);
}
