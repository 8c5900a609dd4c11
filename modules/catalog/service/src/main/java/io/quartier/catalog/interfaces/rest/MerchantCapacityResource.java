package io.quartier.catalog.interfaces.rest;

import io.quartier.catalog.api.CapacityLimit;
import io.quartier.catalog.application.KitchenCapacity;
import io.quartier.kernel.security.Callers;
import io.quartier.kernel.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.servers.Server;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Serves {@code MerchantCatalogApi.limitCapacity}: a merchant limits its own stores' kitchens. A class of its own
 * for one path (JAX-RS gives a class one); it wins {@code merchant/stores/{id}/capacity} over
 * {@link MerchantCatalogResource}'s {@code merchant} because its path is the more literal.
 */
@RequestScoped
@Tag(name = "catalog")
@Server(url = "/catalog", description = "catalog service")
@Path("merchant/stores/{id}/capacity")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.MERCHANT)
public class MerchantCapacityResource {

    @Inject
    KitchenCapacity capacity;

    @Inject
    JsonWebToken caller;

    @PUT
    @Operation(summary = "Set the most orders the store takes per 15-minute window; null lifts the limit")
    @APIResponse(responseCode = "400", description = "catalog.capacity.invalid: not 1 to 1000")
    @APIResponse(responseCode = "404", description = "not one of the caller's stores")
    public CapacityLimit limit(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") long storeId,
                               @NotNull CapacityLimit limit) {
        return capacity.setLimit(Callers.merchantId(caller), storeId, limit.maxOrdersPerWindow());
    }
}
