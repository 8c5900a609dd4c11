package io.quartier.ordering.api;

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
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * Multi-store orders: one basket of several stores ordered, paid and delivered at once, one order per store worked by
 * its own merchant (through {@link OrderingApi} like any order). A customer sees only their own (404 otherwise).
 */
@RegisterRestClient(configKey = "ordering")
@Path("orders/groups")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public interface OrderGroupsApi {

    /**
     * Places one order per store and authorises one payment for them all, or places nothing: a store, a product or
     * the payment refusing gives back whatever was held. Takes an {@code Idempotency-Key}: the same key answers the
     * same multi-store order.
     */
    @POST
    OrderGroupView place(@HeaderParam("Authorization") String bearer,
                         @HeaderParam("Idempotency-Key") String idempotencyKey, @Valid @NotNull PlaceGroupOrder order);

    /**
     * What the basket would cost if placed now as one multi-store order (each store's lines and VAT, the one delivery
     * fee, the tip, the total), priced as placing it would charge it, with nothing placed or held; the same problems
     * as placing it for what it checks (a product gone, a store not delivering to the place, a tip out of bounds).
     */
    @POST
    @Path("price")
    GroupPriceBreakdown price(@HeaderParam("Authorization") String bearer, @Valid @NotNull GroupPriceRequest request);

    /**
     * The caller's multi-store order placed with this Idempotency-Key, if any (none, or one; never another customer's):
     * a shop that saw a checkout of several stores end without an answer asks before it offers to pay again. 400
     * {@code problem.idempotencyKeyInvalid} without a key of 1 to 100 characters.
     */
    @GET
    List<OrderGroupView> groupsByKey(@HeaderParam("Authorization") String bearer,
                                     @QueryParam("idempotencyKey") String idempotencyKey);

    /** The multi-store order and each of its parts. */
    @GET
    @Path("{id}")
    OrderGroupView group(@HeaderParam("Authorization") String bearer, @PathParam("id") long groupId);

    /**
     * After a merchant rejected its part, the customer goes on without it: the other parts go on, and only what they
     * charge is taken. 409 {@code problem.orderGroup.noChoice} when no rejection waits for an answer.
     */
    @POST
    @Path("{id}/go-on")
    OrderGroupView goOn(@HeaderParam("Authorization") String bearer, @PathParam("id") long groupId);

    /**
     * The customer cancels every part still standing, free of charge, as an order is cancelled: before its merchant
     * accepts it (409 {@code problem.order.alreadyAccepted} otherwise, and nothing is cancelled).
     */
    @POST
    @Path("{id}/cancel")
    OrderGroupView cancel(@HeaderParam("Authorization") String bearer, @PathParam("id") long groupId);
}
