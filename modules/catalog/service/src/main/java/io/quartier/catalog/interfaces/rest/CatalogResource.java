package io.quartier.catalog.interfaces.rest;

import org.eclipse.microprofile.openapi.annotations.servers.Server;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import io.quartier.catalog.api.CatalogApi;
import io.quartier.catalog.api.CategoryView;
import io.quartier.catalog.api.DeliveryQuote;
import io.quartier.catalog.api.ProductView;
import io.quartier.catalog.api.StoreMenu;
import io.quartier.catalog.api.StoreView;
import io.quartier.catalog.api.NearbyStoreView;
import io.quartier.catalog.application.CatalogQueries;
import io.quartier.catalog.application.StoreFinder;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Serves {@link CatalogApi}: implementing it makes the compiler hold the server to the client's contract.
 * The JAX-RS annotations are repeated so this class reads on its own and the OpenAPI scan (which skips
 * the api package) documents it.
 */
@Tag(name = "catalog")
@Server(url = "/catalog", description = "catalog service")
@Path("")
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class CatalogResource implements CatalogApi {

    @Inject
    CatalogQueries catalog;

    @Inject
    StoreFinder finder;

    @Context
    HttpHeaders headers;

    @Override
    @GET
    @Path("stores")
    @Operation(summary = "Stores, optionally of one country (ISO 3166 alpha-2)")
    @APIResponse(responseCode = "400", description = "problem.invalidCountry")
    public List<StoreView> stores(@QueryParam("country") String country) {
        return catalog.stores(country);
    }

    @Override
    @GET
    @Path("stores/nearby")
    @Operation(summary = "Stores that deliver to a place (lat, lon): open now first and nearest first, then those"
            + " opening later today, then paused or closed ones; each with distance, delivery fee and time."
            + " Filters: type, shelf (a shelf's whole name), tag (dietary), q (store or product name in lang,"
            + " else Accept-Language, else the store's language)")
    @APIResponse(responseCode = "400", description = "catalog.place.invalid, catalog.search.invalidType,"
            + " catalog.search.invalidTag, catalog.search.tooLong or problem.invalidLanguage")
    public List<NearbyStoreView> nearby(@QueryParam("lat") String lat, @QueryParam("lon") String lon,
                                        @QueryParam("type") String type, @QueryParam("shelf") String shelf,
                                        @QueryParam("tag") String tag, @QueryParam("q") String q,
                                        @QueryParam("lang") String lang) {
        return finder.nearby(lat, lon, type, shelf, tag, q, lang, headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }

    @Override
    @GET
    @Path("stores/{id}")
    @Operation(summary = "One store")
    @APIResponse(responseCode = "404", description = "problem.notFound")
    public StoreView store(@PathParam("id") long storeId) {
        return catalog.store(storeId);
    }

    @Override
    @GET
    @Path("stores/{id}/delivery-quote")
    @Operation(summary = "What delivering from the store to a place (lat, lon) costs and takes, and whether the store"
            + " delivers there (its radius); without lat and lon, the store's base fee")
    @APIResponse(responseCode = "400", description = "catalog.place.invalid: one of lat and lon, or not a place")
    @APIResponse(responseCode = "404", description = "problem.notFound")
    public DeliveryQuote deliveryQuote(@PathParam("id") long storeId, @QueryParam("lat") String lat,
                                       @QueryParam("lon") String lon) {
        return finder.quote(storeId, lat, lon);
    }

    @Override
    @GET
    @Path("stores/{id}/categories")
    @Operation(summary = "A store's shelves in the merchant's order, named in lang or else the store's language")
    @APIResponse(responseCode = "404", description = "problem.notFound")
    public List<CategoryView> categories(@PathParam("id") long storeId, @QueryParam("lang") String lang) {
        return catalog.categories(storeId, lang);
    }

    @Override
    @GET
    @Path("stores/{id}/products")
    @Operation(summary = "A store's products, texts in lang (en, fr, es, de, ar) or else the store's language")
    @APIResponse(responseCode = "400", description = "problem.invalidLanguage")
    @APIResponse(responseCode = "404", description = "problem.notFound")
    public List<ProductView> products(@PathParam("id") long storeId, @QueryParam("lang") String lang) {
        return catalog.products(storeId, lang);
    }

    @Override
    @GET
    @Path("stores/{id}/menu")
    @Operation(summary = "A store's page in one call: the store, its shelves and its products, texts in lang (en, fr,"
            + " es, de, ar) or else the store's language")
    @APIResponse(responseCode = "400", description = "problem.invalidLanguage")
    @APIResponse(responseCode = "404", description = "problem.notFound")
    public StoreMenu menu(@PathParam("id") long storeId, @QueryParam("lang") String lang) {
        return catalog.menu(storeId, lang);
    }

    @Override
    @GET
    @Path("products")
    @Operation(summary = "Current price and availability of products by id, for checkout; unknown ids are left out")
    @APIResponse(responseCode = "400", description = "problem.invalidLanguage or problem.tooManyIds")
    public List<ProductView> productsByIds(@QueryParam("id") List<Long> ids, @QueryParam("lang") String lang) {
        return catalog.productsByIds(ids, lang);
    }
}
