package io.quartier.ordering.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** Ratings of delivered orders: customers rate, merchants read theirs, everyone sees a store's average. */
@RegisterRestClient(configKey = "ordering")
@Path("ratings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface RatingsApi {

    /** The customer rates their delivered order, or changes the rating within a day of first giving it. */
    @PUT
    @Path("orders/{orderId}")
    RatingView rate(@HeaderParam("Authorization") String bearer, @PathParam("orderId") long orderId,
                    @Valid @NotNull RatingRequest rating);

    /** The order's rating; 404 when it has none or is not the caller's. */
    @GET
    @Path("orders/{orderId}")
    RatingView rating(@HeaderParam("Authorization") String bearer, @PathParam("orderId") long orderId);

    /** The calling merchant's ratings, newest first. */
    @GET
    List<RatingView> merchantRatings(@HeaderParam("Authorization") String bearer);

    /** Average stars of the stores named ({@code ids}: comma-separated, at most 200); stores without ratings are left out. */
    @GET
    @Path("stores")
    List<StoreScore> storeScores(@QueryParam("ids") String storeIds);
}
