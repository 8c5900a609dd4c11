package io.quartier.ordering.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * Ordering's public face. Every call carries a bearer token: a customer sees its own orders, a merchant
 * its merchant's. Placing an order takes an {@code Idempotency-Key}.
 */
@RegisterRestClient(configKey = "ordering")
@Path("orders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface OrderingApi {

    /** Places an order and authorises its payment; 402 problem when payment is declined, and then nothing is kept. */
    @POST
    OrderView place(@HeaderParam("Authorization") String bearer, @HeaderParam("Idempotency-Key") String idempotencyKey,
                    PlaceOrder order);

    /**
     * What the basket would cost if ordered now (lines, delivery fee for the place, tip, VAT per rate, total), priced
     * as checkout prices an order, with nothing placed or held; the same problems as placing it for what it checks
     * (a product gone, a place beyond the store's radius, a tip out of bounds). The request is validated here.
     */
    @POST
    @Path("price")
    PriceBreakdown price(@HeaderParam("Authorization") String bearer, @Valid @NotNull PriceRequest request);

    /** The caller's orders, newest first: a customer's own, or a merchant's incoming ones. */
    @GET
    List<OrderView> orders(@HeaderParam("Authorization") String bearer);

    /**
     * The caller's order placed with this Idempotency-Key, if any (none, or one): a shop that saw a checkout end
     * without an answer asks before it offers to pay again.
     */
    @GET
    List<OrderView> ordersByKey(@HeaderParam("Authorization") String bearer, @QueryParam("idempotencyKey") String key);

    @GET
    @Path("{id}")
    OrderView order(@HeaderParam("Authorization") String bearer, @PathParam("id") long orderId);

    /**
     * The merchant accepts a placed order, saying how long the kitchen needs; a courier job is then offered. The
     * acceptance is validated here, where the server's implementation inherits it from.
     */
    @POST
    @Path("{id}/accept")
    OrderView accept(@HeaderParam("Authorization") String bearer, @PathParam("id") long orderId,
                     @Valid @NotNull Acceptance acceptance);

    /** The merchant's kitchen starts on an accepted order. */
    @POST
    @Path("{id}/preparing")
    OrderView startPreparing(@HeaderParam("Authorization") String bearer, @PathParam("id") long orderId);

    /** The merchant's kitchen has the order ready for pickup. */
    @POST
    @Path("{id}/ready")
    OrderView ready(@HeaderParam("Authorization") String bearer, @PathParam("id") long orderId);

    /** Prints the order's kitchen ticket for its merchant, counting the prints (a second one is a reprint). */
    @POST
    @Path("{id}/tickets")
    KitchenTicket printTicket(@HeaderParam("Authorization") String bearer, @PathParam("id") long orderId);

    /**
     * The merchant rejects a placed order with a reason; its stock and payment hold are given back. The rejection
     * is validated here, where the server's implementation inherits it from.
     */
    @POST
    @Path("{id}/reject")
    OrderView reject(@HeaderParam("Authorization") String bearer, @PathParam("id") long orderId,
                     @Valid @NotNull Rejection rejection);

    /** The customer cancels their order before the merchant accepts it; its stock and payment hold are given back. */
    @POST
    @Path("{id}/cancel")
    OrderView cancel(@HeaderParam("Authorization") String bearer, @PathParam("id") long orderId);

    /**
     * How an order stands for a context sweeping what it holds, asked through {@code ordering} with the asking
     * service's {@code bearer}: {@link OrderStanding#GONE} when ordering does not know the order (404); throws when
     * ordering cannot say. Static, so no part of the REST client nor of the server's contract.
     */
    static OrderStanding standing(OrderingApi ordering, String bearer, long orderId) {
        try {
            return OrderStanding.of(OrderStatus.valueOf(ordering.order(bearer, orderId).status()));
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                return OrderStanding.GONE;
            }
            throw e;
        }
    }
}
