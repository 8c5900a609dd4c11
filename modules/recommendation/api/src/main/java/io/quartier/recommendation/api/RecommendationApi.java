package io.quartier.recommendation.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The recommendation module's public face (an optional module: callers must get on without it). A customer reads
 * suggestions made from its own orders only, and switches them off or on; a merchant opts its stores out or in.
 */
@RegisterRestClient(configKey = "recommendation")
@Path("")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface RecommendationApi {

    /** At most this many suggestions in one answer. */
    int MAX_LIMIT = 20;

    /**
     * Products for the calling customer, best first, each with why it is there: from the store {@code store} when
     * given, else from the stores {@code near} (comma-separated ids, the ones delivering to the customer's place).
     * Empty when the platform, the customer or the merchant switched them off.
     */
    @GET
    @Path("recommendations")
    List<RecommendationView> recommendations(@HeaderParam("Authorization") String bearer,
                                             @QueryParam("store") Long store, @QueryParam("near") String near,
                                             @QueryParam("limit") Integer limit);

    /** Whether the calling customer gets suggestions (yes until it says no). */
    @GET
    @Path("preferences/me")
    Preference preference(@HeaderParam("Authorization") String bearer);

    /** The calling customer switches suggestions on or off. */
    @PUT
    @Path("preferences/me")
    Preference choose(@HeaderParam("Authorization") String bearer, @Valid @NotNull Preference preference);

    /** Whether the calling merchant's products are suggested (yes until it says no). */
    @GET
    @Path("merchants/me")
    Preference merchantPreference(@HeaderParam("Authorization") String bearer);

    /** The calling merchant opts its stores in or out of suggestions. */
    @PUT
    @Path("merchants/me")
    Preference chooseForMerchant(@HeaderParam("Authorization") String bearer, @Valid @NotNull Preference preference);
}
