package io.quartier.catalog.interfaces.rest;

import io.quartier.catalog.api.Arrangement;
import io.quartier.catalog.api.CapacityLimit;
import io.quartier.catalog.api.CategoryDraft;
import io.quartier.catalog.api.CategoryView;
import io.quartier.catalog.api.MerchantCatalogApi;
import io.quartier.catalog.api.OpeningHoursView;
import io.quartier.catalog.api.OptionGroupsChange;
import io.quartier.catalog.api.PauseChange;
import io.quartier.catalog.api.ProductChange;
import io.quartier.catalog.api.ProductDetails;
import io.quartier.catalog.api.ProductDraft;
import io.quartier.catalog.api.ProductView;
import io.quartier.catalog.api.SheetImport;
import io.quartier.catalog.api.StoreContact;
import io.quartier.catalog.api.StoreView;
import io.quartier.catalog.api.WeekChange;
import io.quartier.catalog.application.CatalogEditing;
import io.quartier.catalog.application.CatalogQueries;
import io.quartier.catalog.application.KitchenCapacity;
import io.quartier.catalog.application.PriceStockSheet;
import io.quartier.catalog.application.ProductEditing;
import io.quartier.catalog.application.StoreHours;
import io.quartier.kernel.problem.ProblemException;
import io.quartier.kernel.security.Callers;
import io.quartier.kernel.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
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
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.servers.Server;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Serves {@link MerchantCatalogApi}: a merchant's own stores and products, scoped by the token's merchant. The JAX-RS
 * annotations are repeated so this class reads on its own and the OpenAPI scan (which skips the api package)
 * documents it; the constraints are the contract's (Bean Validation forbids an implementing method to add one).
 * Where the server answers more than the client reads (201, a file name), the resource method has a name of its own
 * and the contract's method, which its JAX-RS parameter annotation keeps from being a resource method, calls it.
 */
@RequestScoped
@Tag(name = "catalog")
@Server(url = "/catalog", description = "catalog service")
@Path("merchant")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.MERCHANT)
public class MerchantCatalogResource implements MerchantCatalogApi {

    /** About 1 MB: far more than a shop's sheet. */
    static final int MAX_SHEET_CHARS = 1_000_000;

    @Inject
    CatalogQueries catalog;

    @Inject
    ProductEditing editing;

    @Inject
    StoreHours hours;

    @Inject
    PriceStockSheet sheet;

    @Inject
    CatalogEditing editor;

    @Inject
    KitchenCapacity capacity;

    @Inject
    JsonWebToken caller;

    @Override
    @GET
    @Path("stores")
    @Operation(summary = "The caller's stores")
    public List<StoreView> stores(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer) {
        return catalog.storesOf(Callers.merchantId(caller));
    }

    @Override
    @GET
    @Path("stores/{id}/hours")
    @Operation(summary = "A store's week, closures and pause, and its status now")
    @APIResponse(responseCode = "404", description = "not one of the caller's stores")
    public OpeningHoursView hours(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") long storeId) {
        return hours.of(Callers.merchantId(caller), storeId);
    }

    @Override
    @PUT
    @Path("stores/{id}/hours")
    @Operation(summary = "Replace the week of opening ranges (all or nothing)")
    @APIResponse(responseCode = "400", description = "catalog.hours.invalid with errors.violations [{code, positions}]")
    public OpeningHoursView changeWeek(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
                                       @PathParam("id") long storeId, WeekChange week) {
        return hours.changeWeek(Callers.merchantId(caller), storeId, week.week());
    }

    @Override
    @POST
    @Path("stores/{id}/closures")
    @Operation(summary = "Close the store on some days (holidays, works)")
    @APIResponse(responseCode = "400", description = "catalog.closure.endsBeforeStart, catalog.closure.incomplete")
    @APIResponse(responseCode = "409", description = "catalog.closure.overlap")
    public OpeningHoursView addClosure(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
                                       @PathParam("id") long storeId, OpeningHoursView.ClosureDays closure) {
        return hours.addClosure(Callers.merchantId(caller), storeId, closure);
    }

    @Override
    @DELETE
    @Path("stores/{id}/closures/{firstDay}")
    @Operation(summary = "Remove the closure starting on firstDay (yyyy-mm-dd)")
    public OpeningHoursView removeClosure(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
                                          @PathParam("id") long storeId, @PathParam("firstDay") String firstDay) {
        return hours.removeClosure(Callers.merchantId(caller), storeId, firstDay);
    }

    @Override
    @PUT
    @Path("stores/{id}/contact")
    @Operation(summary = "Change the store's phone, e-mail and delivery radius")
    @APIResponse(responseCode = "400", description = "catalog.store.invalidPhone, catalog.store.invalidEmail, catalog.store.invalidRadius")
    public StoreView changeContact(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
                                   @PathParam("id") long storeId, StoreContact contact) {
        return hours.changeContact(Callers.merchantId(caller), storeId, contact);
    }

    @Override
    @PUT
    @Path("stores/{id}/pause")
    @Operation(summary = "Busy mode: take no orders for so many minutes")
    public OpeningHoursView pause(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
                                  @PathParam("id") long storeId, PauseChange pause) {
        return hours.pause(Callers.merchantId(caller), storeId, pause.minutes());
    }

    @Override
    @DELETE
    @Path("stores/{id}/pause")
    @Operation(summary = "End busy mode now")
    public OpeningHoursView resume(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
                                   @PathParam("id") long storeId) {
        return hours.resume(Callers.merchantId(caller), storeId);
    }

    @Override
    @GET
    @Path("products")
    @Operation(summary = "Every product of the caller's stores, unavailable ones too")
    @APIResponse(responseCode = "400", description = "problem.invalidLanguage")
    public List<ProductView> products(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
                                      @QueryParam("lang") String lang) {
        return catalog.productsOf(Callers.merchantId(caller), lang);
    }

    @Override
    @GET
    @Path("stores/{id}/categories")
    @Operation(summary = "The store's shelves, every translation included")
    public List<CategoryView> categories(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
                                         @PathParam("id") long storeId, @QueryParam("lang") String lang) {
        return editor.categories(Callers.merchantId(caller), storeId, lang);
    }

    @POST
    @Path("stores/{id}/categories")
    @Operation(summary = "Add a shelf at the end")
    @APIResponse(responseCode = "400", description = "catalog.category.invalid with errors.violations [{code}]")
    public Response createCategory(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
                                   @PathParam("id") long storeId, @NotNull CategoryDraft draft,
                                   @QueryParam("lang") String lang) {
        return Response.status(Response.Status.CREATED)
                .entity(editor.addCategory(Callers.merchantId(caller), storeId, draft, lang)).build();
    }

    /** The contract's side of {@link #createCategory}, which answers 201. */
    @Override
    public CategoryView addCategory(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, long storeId,
                                    CategoryDraft draft, String lang) {
        return (CategoryView) createCategory(bearer, storeId, draft, lang).getEntity();
    }

    @Override
    @PUT
    @Path("stores/{id}/categories/order")
    @Operation(summary = "Put the shelves in this order")
    @APIResponse(responseCode = "400", description = "catalog.arrangement.invalid")
    public List<CategoryView> arrangeCategories(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
                                                @PathParam("id") long storeId, Arrangement arrangement,
                                                @QueryParam("lang") String lang) {
        return editor.arrangeCategories(Callers.merchantId(caller), storeId, arrangement, lang);
    }

    @Override
    @PUT
    @Path("categories/{id}")
    @Operation(summary = "Rename a shelf (every language at once)")
    public CategoryView renameCategory(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
                                       @PathParam("id") long categoryId, CategoryDraft draft,
                                       @QueryParam("lang") String lang) {
        return editor.renameCategory(Callers.merchantId(caller), categoryId, draft, lang);
    }

    @Override
    @DELETE
    @Path("categories/{id}")
    @Operation(summary = "Remove a shelf; its products stay, unsorted")
    public void removeCategory(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
                               @PathParam("id") long categoryId) {
        editor.removeCategory(Callers.merchantId(caller), categoryId);
    }

    @POST
    @Path("stores/{id}/products")
    @Operation(summary = "Add a product at the end of the store's shelf; VAT from the store's country and trade")
    @APIResponse(responseCode = "400", description = "catalog.product.invalid with errors.violations [{code}]")
    public Response createProduct(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
                                  @PathParam("id") long storeId, @NotNull ProductDraft draft) {
        return Response.status(Response.Status.CREATED)
                .entity(editor.addProduct(Callers.merchantId(caller), storeId, draft)).build();
    }

    /** The contract's side of {@link #createProduct}, which answers 201. */
    @Override
    public ProductDetails addProduct(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, long storeId,
                                     ProductDraft draft) {
        return (ProductDetails) createProduct(bearer, storeId, draft).getEntity();
    }

    @Override
    @PUT
    @Path("stores/{id}/products/order")
    @Operation(summary = "Put the store's products in this order")
    public void arrangeProducts(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
                                @PathParam("id") long storeId, Arrangement arrangement) {
        editor.arrangeProducts(Callers.merchantId(caller), storeId, arrangement);
    }

    @Override
    @GET
    @Path("products/{id}")
    @Operation(summary = "A product with every translation, allergens and tags")
    public ProductDetails product(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
                                  @PathParam("id") long productId) {
        return editor.product(Callers.merchantId(caller), productId);
    }

    @Override
    @PUT
    @Path("products/{id}")
    @Operation(summary = "Replace a product's description: texts, category, allergens, tags, price, stock")
    @APIResponse(responseCode = "400", description = "catalog.product.invalid with errors.violations [{code}]")
    public ProductDetails reviseProduct(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
                                        @PathParam("id") long productId, ProductDraft draft) {
        return editor.reviseProduct(Callers.merchantId(caller), productId, draft);
    }

    @Override
    @DELETE
    @Path("products/{id}")
    @Operation(summary = "Remove a product from the store for good (archived: past orders keep naming it)")
    @APIResponse(responseCode = "404", description = "not one of the caller's products")
    public void archiveProduct(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
                               @PathParam("id") long productId) {
        editor.archiveProduct(Callers.merchantId(caller), productId);
    }

    @Override
    @PUT
    @Path("products/{id}/options")
    @Operation(summary = "Replace a product's option groups (size, extras): min/max choices, price deltas")
    @APIResponse(responseCode = "400", description = "catalog.options.invalid with errors.violations [{code}]")
    public ProductDetails changeOptions(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
                                        @PathParam("id") long productId, OptionGroupsChange options) {
        return editor.changeOptions(Callers.merchantId(caller), productId, options);
    }

    @GET
    @Path("products.csv")
    @Produces("text/csv; charset=UTF-8")
    @Operation(summary = "The price and stock sheet: every product of the caller's stores, to edit in a spreadsheet")
    public Response downloadSheet(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
                                  @QueryParam("lang") String lang) {
        return Response.ok(exportSheet(bearer, lang))
                .header("Content-Disposition", "attachment; filename=\"quartier-prices-stock.csv\"")
                .build();
    }

    /** The contract's side of {@link #downloadSheet}, which names the file too. */
    @Override
    public String exportSheet(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, String lang) {
        return sheet.export(Callers.merchantId(caller), lang);
    }

    @Override
    @POST
    @Path("products.csv")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Operation(summary = "Apply an edited price and stock sheet: every line or none")
    @APIResponse(responseCode = "400", description = "catalog.csv.invalid with errors.lines [{line, column, code}]; nothing changed")
    public SheetImport importSheet(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, String csv) {
        if (csv != null && csv.length() > MAX_SHEET_CHARS) {
            throw ProblemException.invalid("catalog.csv.tooLarge", "at most " + MAX_SHEET_CHARS + " characters");
        }
        return sheet.importSheet(Callers.merchantId(caller), csv);
    }

    @Override
    @PATCH
    @Path("products/{id}")
    @Operation(summary = "Change a product's price, availability (\"86\", optionally until a time) or stock")
    @APIResponse(responseCode = "400", description = "problem.catalog.negativePrice, problem.catalog.negativeStock, ...")
    @APIResponse(responseCode = "404", description = "not one of the caller's products")
    public ProductView change(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") long productId,
                              ProductChange change) {
        return editing.change(Callers.merchantId(caller), productId, change, null);
    }

    @Override
    @PUT
    @Path("stores/{id}/capacity")
    @Operation(summary = "Set the most orders the store takes per 15-minute window; null lifts the limit")
    public CapacityLimit limitCapacity(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
                                       @PathParam("id") long storeId, CapacityLimit limit) {
        return capacity.setLimit(Callers.merchantId(caller), storeId, limit.maxOrdersPerWindow());
    }
}
