package io.quartier.catalog.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The merchant's side of the catalog: only the caller's own stores and products (others answer 404). The
 * constraints are declared here, where the server's implementation inherits them from.
 */
@RegisterRestClient(configKey = "catalog")
@Path("merchant")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface MerchantCatalogApi {

    /** The caller's stores. */
    @GET
    @Path("stores")
    List<StoreView> stores(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer);

    /** A store's week, closures and pause, and its status now. */
    @GET
    @Path("stores/{id}/hours")
    OpeningHoursView hours(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") long storeId);

    /** Replaces the week; 400 {@code catalog.hours.invalid} with every violation, and nothing changed. */
    @PUT
    @Path("stores/{id}/hours")
    OpeningHoursView changeWeek(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") long storeId,
                                @Valid @NotNull WeekChange week);

    @POST
    @Path("stores/{id}/closures")
    OpeningHoursView addClosure(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") long storeId,
                                @NotNull OpeningHoursView.ClosureDays closure);

    @DELETE
    @Path("stores/{id}/closures/{firstDay}")
    OpeningHoursView removeClosure(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
                                   @PathParam("id") long storeId, @PathParam("firstDay") String firstDay);

    /** Changes the store's phone, e-mail and delivery radius. */
    @PUT
    @Path("stores/{id}/contact")
    StoreView changeContact(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") long storeId,
                            @NotNull StoreContact contact);

    /** Busy mode for so many minutes; the store opens again by itself. */
    @PUT
    @Path("stores/{id}/pause")
    OpeningHoursView pause(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") long storeId,
                           @Valid @NotNull PauseChange pause);

    @DELETE
    @Path("stores/{id}/pause")
    OpeningHoursView resume(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") long storeId);

    /** Sets the most orders the store takes per 15-minute window; null lifts the limit. */
    @PUT
    @Path("stores/{id}/capacity")
    CapacityLimit limitCapacity(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") long storeId,
                                @NotNull CapacityLimit limit);

    /** Every product of the caller's stores (unavailable ones too), texts in {@code lang}. */
    @GET
    @Path("products")
    List<ProductView> products(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @QueryParam("lang") String lang);

    /** The store's shelves, every translation included. */
    @GET
    @Path("stores/{id}/categories")
    List<CategoryView> categories(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") long storeId,
                                  @QueryParam("lang") String lang);

    @POST
    @Path("stores/{id}/categories")
    CategoryView addCategory(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") long storeId,
                             CategoryDraft draft, @QueryParam("lang") String lang);

    @PUT
    @Path("stores/{id}/categories/order")
    List<CategoryView> arrangeCategories(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
                                         @PathParam("id") long storeId, @NotNull Arrangement arrangement,
                                         @QueryParam("lang") String lang);

    @PUT
    @Path("categories/{id}")
    CategoryView renameCategory(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
                                @PathParam("id") long categoryId, @NotNull CategoryDraft draft,
                                @QueryParam("lang") String lang);

    /** Removes a shelf; its products stay, unsorted. */
    @DELETE
    @Path("categories/{id}")
    void removeCategory(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") long categoryId);

    /** Adds a product; 400 {@code catalog.product.invalid} lists every problem in {@code errors.violations}. */
    @POST
    @Path("stores/{id}/products")
    ProductDetails addProduct(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") long storeId,
                              ProductDraft draft);

    @PUT
    @Path("stores/{id}/products/order")
    void arrangeProducts(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") long storeId,
                         @NotNull Arrangement arrangement);

    @GET
    @Path("products/{id}")
    ProductDetails product(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") long productId);

    @PUT
    @Path("products/{id}")
    ProductDetails reviseProduct(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") long productId,
                                 @NotNull ProductDraft draft);

    /** Removes a product from the store for good; orders that name it keep their line. */
    @DELETE
    @Path("products/{id}")
    void archiveProduct(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") long productId);

    /** Replaces a product's option groups; 400 {@code catalog.options.invalid} lists every problem. */
    @PUT
    @Path("products/{id}/options")
    ProductDetails changeOptions(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") long productId,
                                 @NotNull OptionGroupsChange options);

    /** The price and stock sheet as CSV (UTF-8 with a byte order mark, comma separated). */
    @GET
    @Path("products.csv")
    @Produces("text/csv; charset=UTF-8")
    String exportSheet(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @QueryParam("lang") String lang);

    /** Applies a sheet; 400 {@code catalog.csv.invalid} reports every bad line and changes nothing. */
    @POST
    @Path("products.csv")
    @Consumes("text/csv")
    SheetImport importSheet(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, String csv);

    /** Changes a product's price, availability or stock; answers the product as it now is. */
    @PATCH
    @Path("products/{id}")
    ProductView change(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") long productId,
                       @Valid @NotNull ProductChange change);
}
