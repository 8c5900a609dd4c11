package io.quartier.catalog.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** Catalog's public face: stores and their products, readable by anyone. */
@RegisterRestClient(configKey = "catalog")
@Path("")
@Produces(MediaType.APPLICATION_JSON)
public interface CatalogApi {

    /** Stores, optionally of one country (ISO 3166 alpha-2). */
    @GET
    @Path("stores")
    List<StoreView> stores(@QueryParam("country") String country);

    /**
     * The stores whose delivery radius covers the place ({@code lat}, {@code lon} in decimal degrees): open now
     * first, nearest first; then those opening later today; then paused or closed ones, with when they open.
     * Optional filters: merchant {@code type} (RESTAURANT, GROCERY, SPECIALTY), a {@code shelf}'s whole name, a
     * dietary {@code tag} (VEGAN, HALAL...), and {@code q}, at most 100 characters, found in the store's name or a
     * product's name as read in {@code lang} (else the store's language).
     */
    @GET
    @Path("stores/nearby")
    List<NearbyStoreView> nearby(@QueryParam("lat") String lat, @QueryParam("lon") String lon,
                                 @QueryParam("type") String type, @QueryParam("shelf") String shelf,
                                 @QueryParam("tag") String tag, @QueryParam("q") String q,
                                 @QueryParam("lang") String lang);

    @GET
    @Path("stores/{id}")
    StoreView store(@PathParam("id") long storeId);

    /** A store's shelves in the merchant's order, named in {@code lang} (else the store's language). */
    /**
     * What delivering from the store to a place ({@code lat}, {@code lon} in decimal degrees) costs and takes, and
     * whether the store delivers there; without a place, its base fee.
     */
    @GET
    @Path("stores/{id}/delivery-quote")
    DeliveryQuote deliveryQuote(@PathParam("id") long storeId, @QueryParam("lat") String lat,
                                @QueryParam("lon") String lon);

    @GET
    @Path("stores/{id}/categories")
    List<CategoryView> categories(@PathParam("id") long storeId, @QueryParam("lang") String lang);

    /** A store's products with names in {@code lang} (en, fr, es, de, ar), falling back to the store's language. */
    @GET
    @Path("stores/{id}/products")
    List<ProductView> products(@PathParam("id") long storeId, @QueryParam("lang") String lang);

    /** A store's page in one call: the store, its shelves and its products, texts as in {@link #products}. */
    @GET
    @Path("stores/{id}/menu")
    StoreMenu menu(@PathParam("id") long storeId, @QueryParam("lang") String lang);

    /** The current price and availability of the given products, for checkout. */
    @GET
    @Path("products")
    List<ProductView> productsByIds(@QueryParam("id") List<Long> ids, @QueryParam("lang") String lang);
}
