package io.quartier.ordering.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The calling customer's kept basket: there is no id to name another's. Placing an order empties the lines of its
 * store; deleting the account deletes it.
 */
@RegisterRestClient(configKey = "ordering")
@Path("cart")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface CartApi {

    @GET
    CartView cart(@HeaderParam("Authorization") String bearer);

    /** Replaces the basket with these lines (the same product with the same options twice makes one line). */
    @PUT
    CartView keep(@HeaderParam("Authorization") String bearer, @Valid @NotNull CartView cart);

    @DELETE
    void empty(@HeaderParam("Authorization") String bearer);
}
