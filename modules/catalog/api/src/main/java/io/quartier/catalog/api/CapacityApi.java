package io.quartier.catalog.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * A store's kitchen capacity, readable by anyone: how many more orders each 15-minute window takes. Checkout
 * asks it before placing an order. Not part of {@link CatalogApi}: the catalog's resource implements that one
 * whole, and this path is served by a resource of its own.
 */
@RegisterRestClient(configKey = "catalog")
@Path("stores/{id}/capacity")
@Produces(MediaType.APPLICATION_JSON)
public interface CapacityApi {

    /**
     * {@code windows} (1 to 96; null for 8) windows one after the other, the first the one holding {@code from}
     * (an ISO-8601 instant; null for now).
     */
    @GET
    List<CapacityWindow> windows(@PathParam("id") long storeId, @QueryParam("from") String from,
                                 @QueryParam("windows") Integer windows);
}
