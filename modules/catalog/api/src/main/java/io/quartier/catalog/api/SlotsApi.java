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
 * The windows a store offers to serve an order in on a day of its own clock, readable by anyone. Not part of
 * {@link CatalogApi}: served by a resource of its own, like {@link CapacityApi}.
 */
@RegisterRestClient(configKey = "catalog")
@Path("stores/{id}/slots")
@Produces(MediaType.APPLICATION_JSON)
public interface SlotsApi {

    /**
     * The offered windows of {@code date} (ISO local date on the store's clock, today to a week ahead), for a delivery
     * to {@code lat}/{@code lon} (travel time counted; both null: at the store's door), earliest first.
     */
    @GET
    List<DeliverySlotView> slots(@PathParam("id") long storeId, @QueryParam("date") String date,
                                 @QueryParam("lat") String latitude, @QueryParam("lon") String longitude);
}
