package io.quartier.ordering.interfaces.rest;

import io.quartier.kernel.security.Callers;
import io.quartier.kernel.security.Roles;
import io.quartier.ordering.api.CartApi;
import io.quartier.ordering.api.CartLine;
import io.quartier.ordering.api.CartView;
import io.quartier.ordering.application.Carts;
import io.quartier.ordering.domain.model.cart.Cart;
import io.quartier.ordering.domain.model.cart.CartItem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.servers.Server;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The calling customer's kept basket; the token names whose, so no one reaches another's. Serves {@link CartApi}. */
@RequestScoped
@Tag(name = "ordering")
@Server(url = "/ordering", description = "ordering service")
@Path("cart")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.CUSTOMER)
public class CartResource implements CartApi {

    @Inject
    Carts carts;

    @Inject
    JsonWebToken caller;

    @Override
    @GET
    @Operation(summary = "The customer's kept basket (empty lines and no updatedAt when none was kept)")
    public CartView cart(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer) {
        return carts.of(Callers.accountId(caller)).map(CartResource::view).orElse(new CartView(List.of(), null));
    }

    @Override
    @PUT
    @Operation(summary = "Replaces the customer's kept basket with these lines; the same product with the same options"
            + " twice makes one line")
    @APIResponse(responseCode = "400", description = "problem.invalid or problem.cart.*: over 50 lines, a quantity"
            + " not 1 to 99, over 20 options on a line, a missing id")
    public CartView keep(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, CartView cart) {
        List<CartItem> items = cart.lines().stream().map(line -> new CartItem(line.storeId(), line.productId(),
                line.optionIds() == null ? List.of() : line.optionIds(), line.quantity())).toList();
        return view(carts.keep(Callers.accountId(caller), items));
    }

    @Override
    @DELETE
    @Operation(summary = "Empties the customer's kept basket")
    public void empty(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer) {
        carts.empty(Callers.accountId(caller));
    }

    private static CartView view(Cart cart) {
        return new CartView(cart.getLines().stream().map(line -> new CartLine(line.getStoreId(), line.getProductId(),
                line.getOptionIds(), line.getQuantity())).toList(), cart.getUpdatedAt());
    }
}
