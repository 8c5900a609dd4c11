package io.quartier.ordering.interfaces.rest;

import io.quartier.kernel.problem.ProblemException;
import io.quartier.kernel.security.Callers;
import io.quartier.kernel.security.Roles;
import io.quartier.ordering.api.GroupPriceBreakdown;
import io.quartier.ordering.api.GroupPriceRequest;
import io.quartier.ordering.api.OrderGroupView;
import io.quartier.ordering.api.OrderGroupsApi;
import io.quartier.ordering.api.OrderStatus;
import io.quartier.ordering.api.PlaceGroupOrder;
import io.quartier.ordering.application.GroupCheckout;
import io.quartier.ordering.application.OrderGroups;
import io.quartier.ordering.domain.model.group.OrderGroup;
import io.quartier.ordering.domain.model.order.Order;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.servers.Server;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Multi-store orders, seen by their customer only (and by the platform's services and staff). Serves
 * {@link OrderGroupsApi}; each part is an order of its own, worked by its merchant through the orders' resource.
 */
@RequestScoped
@Tag(name = "ordering")
@Server(url = "/ordering", description = "ordering service")
@Path("orders/groups")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrderGroupResource implements OrderGroupsApi {

    @Inject
    GroupCheckout checkout;

    @Inject
    OrderGroups groups;

    @Inject
    JsonWebToken caller;

    @POST
    @RolesAllowed(Roles.CUSTOMER)
    @Operation(summary = "Place one order from several stores: one order per store, one payment, one delivery")
    @APIResponse(responseCode = "201", description = "every part was placed and the payment authorised")
    @APIResponse(responseCode = "200", description = "the same Idempotency-Key placed this order before")
    @APIResponse(responseCode = "400", description = "problem.orderGroup.storeTwice, problem.order.invalidTip,"
            + " problem.order.invalidPlace, problem.order.slotPast; nothing was kept")
    @APIResponse(responseCode = "402", description = "payment declined, or the bank asks for 3-D Secure (problem.order.authenticationRequired with errors.challengeUrl: send the customer there, then ask again with the same Idempotency-Key); nothing was kept, no stock held")
    @APIResponse(responseCode = "409", description = "a store closed, a product unavailable, not enough stock, a"
            + " store not delivering to the place, problem.orderGroup.currencies, problem.order.slotUnavailable (a"
            + " store, named by storeId, not offering the slot), problem.promotion.couponNotApplicable (the coupon"
            + " applies to no part), problem.promotion.limitReached, problem.promotion.unavailable (the coupon cannot"
            + " be checked now), problem.order.priceChanged (it costs errors.totalMinor, not the expectedTotalMinor"
            + " shown); nothing was kept")
    @APIResponse(responseCode = "503", description = "problem.order.pending: retry with the same Idempotency-Key")
    public Response place(@HeaderParam("Idempotency-Key") String idempotencyKey,
                          @Valid @NotNull PlaceGroupOrder order) {
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 100) {
            throw ProblemException.invalid("problem.idempotencyKeyRequired",
                    "an Idempotency-Key header of 1 to 100 characters is required");
        }
        GroupCheckout.Placement placement = checkout.place(Callers.accountId(caller), idempotencyKey, order);
        OrderGroupView view = view(placement.group(), placement.parts());
        return placement.created()
                ? Response.created(URI.create("orders/groups/" + view.id())).entity(view).build()
                : Response.ok(view).build();
    }

    /**
     * The client's side of {@link #place(String, PlaceGroupOrder)}. Not a resource method: its JAX-RS parameter
     * annotation stops the interface's {@code @POST} being inherited.
     */
    @Override
    public OrderGroupView place(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, String idempotencyKey,
                                PlaceGroupOrder order) {
        return (OrderGroupView) place(idempotencyKey, order).getEntity();
    }

    @Override
    @POST
    @Path("price")
    @RolesAllowed(Roles.CUSTOMER)
    @Operation(summary = "What a basket of several stores would cost if ordered now: each store's lines and VAT, one"
            + " delivery fee, the tip, each store's discounts (and why the coupon does not apply), the total; nothing is"
            + " placed or held")
    @APIResponse(responseCode = "400", description = "problem.orderGroup.storeTwice, problem.order.invalidTip,"
            + " problem.order.invalidPlace or problem.order.slotPast")
    @APIResponse(responseCode = "409", description = "a product cannot be ordered, a store does not deliver to the"
            + " place (problem.order.outsideDeliveryArea), problem.orderGroup.currencies, or"
            + " problem.order.slotUnavailable (a store, named by storeId, not offering the slot)")
    public GroupPriceBreakdown price(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
                                     @Valid @NotNull GroupPriceRequest request) {
        GroupCheckout.Quote quote = checkout.quote(Callers.accountId(caller), request);
        List<GroupPriceBreakdown.Part> parts = new ArrayList<>();
        for (int i = 0; i < quote.parts().size(); i++) {
            Order part = quote.parts().get(i);
            parts.add(new GroupPriceBreakdown.Part(part.getStoreId(), part.getStoreName(), OrderResource.lines(part),
                    part.subtotal().getAmountMinor(), OrderResource.vat(quote.linesVat().get(i)),
                    quote.offers().get(i), part.discountMinor()));
        }
        List<Order> all = quote.parts();
        return new GroupPriceBreakdown(all.get(0).getCurrency(), parts,
                all.stream().mapToLong(o -> o.subtotal().getAmountMinor()).sum(),
                all.stream().mapToLong(o -> o.getDeliveryFee().getAmountMinor()).sum(),
                all.stream().mapToLong(o -> o.getTip().getAmountMinor()).sum(),
                OrderResource.vat(all.stream().flatMap(o -> o.vat().stream()).toList()),
                OrderGroup.total(all).getAmountMinor(), quote.deliveryMinutes(),
                all.stream().mapToLong(Order::discountMinor).sum(), quote.promotionNotice());
    }

    @Override
    @GET
    @RolesAllowed(Roles.CUSTOMER)
    @Operation(summary = "The caller's multi-store order placed with this Idempotency-Key: none or one, never another"
            + " customer's")
    @APIResponse(responseCode = "400", description = "problem.idempotencyKeyInvalid: no key, or not 1 to 100 characters")
    public List<OrderGroupView> groupsByKey(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
                                            @QueryParam("idempotencyKey") String idempotencyKey) {
        // checked here, not by a constraint: Payara's OpenAPI scanner fails on a constrained query parameter
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 100) {
            throw ProblemException.invalid("problem.idempotencyKeyInvalid", "an Idempotency-Key has 1 to 100 characters");
        }
        return groups.ofCustomerByKey(Callers.accountId(caller), idempotencyKey).stream()
                .map(found -> view(found.group(), found.parts())).toList();
    }

    @Override
    @GET
    @Path("{id}")
    @RolesAllowed({Roles.CUSTOMER, Roles.ADMIN, Roles.SUPPORT, Roles.SERVICE})
    @Operation(summary = "One multi-store order and each of its parts; 404 when it is not the caller's")
    public OrderGroupView group(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") long id) {
        OrderGroups.Grouped found = caller.getGroups().contains(Roles.CUSTOMER)
                ? groups.ofCustomer(id, Callers.accountId(caller)) : groups.any(id);
        return view(found.group(), found.parts());
    }

    @Override
    @POST
    @Path("{id}/go-on")
    @RolesAllowed(Roles.CUSTOMER)
    @Operation(summary = "After a merchant rejected its part, go on without it: only the other parts are charged")
    @APIResponse(responseCode = "404", description = "not one of the customer's orders")
    @APIResponse(responseCode = "409", description = "problem.orderGroup.noChoice: no rejection waits for an answer")
    public OrderGroupView goOn(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") long id) {
        OrderGroups.Grouped changed = groups.goOn(id, Callers.accountId(caller));
        return view(changed.group(), changed.parts());
    }

    @Override
    @POST
    @Path("{id}/cancel")
    @RolesAllowed(Roles.CUSTOMER)
    @Operation(summary = "Cancel every part still standing, free of charge, before their merchants accept them")
    @APIResponse(responseCode = "404", description = "not one of the customer's orders")
    @APIResponse(responseCode = "409", description = "problem.order.alreadyAccepted (nothing is cancelled), or"
            + " problem.orderGroup.nothingToCancel")
    public OrderGroupView cancel(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") long id) {
        OrderGroups.Grouped changed = groups.cancel(id, Callers.accountId(caller));
        return view(changed.group(), changed.parts());
    }

    private static OrderGroupView view(OrderGroup g, List<Order> parts) {
        long fee = parts.stream().mapToLong(p -> p.getDeliveryFee().getAmountMinor()).sum();
        long tip = parts.stream().mapToLong(p -> p.getTip().getAmountMinor()).sum();
        return new OrderGroupView(g.getId(), g.getCustomerId(), g.getStatus().name(), g.getFailureCode(),
                g.getCurrency(), OrderGroup.total(parts).getAmountMinor(), g.charged(parts).getAmountMinor(), fee, tip,
                g.getPaymentAuthorizationId(), g.getStatus() == OrderStatus.PLACED && g.isChoicePending(parts),
                g.getPlacedAt(), parts.stream().map(OrderResource::view).toList(),
                parts.isEmpty() ? null : parts.get(0).getScheduledFor());
    }
}
