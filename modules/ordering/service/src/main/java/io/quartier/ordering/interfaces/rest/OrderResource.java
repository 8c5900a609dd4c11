package io.quartier.ordering.interfaces.rest;

import org.eclipse.microprofile.openapi.annotations.servers.Server;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import io.quartier.kernel.problem.ProblemException;
import io.quartier.kernel.security.Callers;
import io.quartier.kernel.security.Roles;
import io.quartier.ordering.api.OrderStatus;
import io.quartier.ordering.api.Acceptance;
import io.quartier.ordering.api.KitchenTicket;
import io.quartier.ordering.api.OrderView;
import io.quartier.ordering.api.OrderingApi;
import io.quartier.ordering.api.PlaceOrder;
import io.quartier.ordering.api.PriceBreakdown;
import io.quartier.ordering.api.PriceRequest;
import io.quartier.ordering.api.Rejection;
import io.quartier.ordering.application.Checkout;
import io.quartier.ordering.application.OrderLifecycle;
import io.quartier.ordering.application.OrderQueries;
import io.quartier.ordering.domain.model.order.Order;
import io.quartier.ordering.domain.model.order.VatShare;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.metrics.annotation.Counted;
import org.eclipse.microprofile.metrics.annotation.Timed;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * Orders, seen by their owner only: a customer its own, a merchant its merchant's, staff all. Serves
 * {@link OrderingApi}; the JAX-RS annotations are repeated so this class reads on its own and the OpenAPI scan
 * (which skips the api package) documents it. The bearer parameters of the contract are read by MP-JWT, not here.
 */
@RequestScoped
@Tag(name = "ordering")
@Server(url = "/ordering", description = "ordering service")
@Path("orders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrderResource implements OrderingApi {

    @Inject
    Checkout checkout;

    @Inject
    OrderLifecycle lifecycle;

    @Inject
    OrderQueries orders;

    @Inject
    OrderWatch watch;

    @Inject
    JsonWebToken caller;

    @POST
    @RolesAllowed(Roles.CUSTOMER)
    @Counted(name = "ordersPlaced", description = "order placements asked for")
    @Timed(name = "checkoutTime", description = "time to place an order, payment included")
    @Operation(summary = "Place an order; prices come from the catalog, stock is held and the payment authorised")
    @APIResponse(responseCode = "201", description = "the order was placed")
    @APIResponse(responseCode = "200", description = "the same Idempotency-Key placed this order before")
    @APIResponse(responseCode = "202", description = "a request with the same Idempotency-Key is still placing it")
    @APIResponse(responseCode = "400", description = "problem.order.invalidTip (0 to 100.00 in euros, 1,000.00 in dirhams),"
            + " problem.order.invalidPlace (latitude and longitude, both or neither); nothing was kept")
    @APIResponse(responseCode = "402", description = "payment declined, or the bank asks for 3-D Secure (problem.order.authenticationRequired with errors.challengeUrl: send the customer there, then ask again with the same Idempotency-Key); nothing was kept")
    @APIResponse(responseCode = "409", description = "a product cannot be ordered, not enough stock, or"
            + " problem.order.outsideDeliveryArea: the store does not deliver to the place, or"
            + " problem.order.priceChanged: it costs errors.totalMinor, not the expectedTotalMinor shown; nothing was kept")
    @APIResponse(responseCode = "503", description = "problem.order.pending: a step's outcome is not known yet;"
            + " retry with the same Idempotency-Key (errors.orderId names the order)")
    public Response place(@HeaderParam("Idempotency-Key") String idempotencyKey,
                          @Valid @NotNull PlaceOrder order) {
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 100) {
            throw ProblemException.invalid("problem.idempotencyKeyRequired",
                    "an Idempotency-Key header of 1 to 100 characters is required");
        }
        Checkout.Placement placement = checkout.place(callerId(), idempotencyKey, order);
        OrderView view = view(placement.order());
        if (placement.order().getStatus() == OrderStatus.PENDING) {
            return Response.accepted(view).build();
        }
        return placement.created()
                ? Response.created(URI.create("orders/" + view.id())).entity(view).build()
                : Response.ok(view).build();
    }

    /**
     * The client's side of {@link #place(String, PlaceOrder)}: the same POST, which answers 201, 200 or 202 with the
     * order. Not a resource method: its JAX-RS parameter annotation stops the interface's {@code @POST} being inherited.
     */
    @Override
    public OrderView place(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, String idempotencyKey,
                           PlaceOrder order) {
        return (OrderView) place(idempotencyKey, order).getEntity();
    }

    @Override
    @POST
    @Path("price")
    @RolesAllowed(Roles.CUSTOMER)
    @Operation(summary = "What a basket would cost if ordered now: lines, delivery fee for the place, tip, VAT per"
            + " rate, total; nothing is placed or held")
    @APIResponse(responseCode = "400", description = "problem.order.invalidTip or problem.order.invalidPlace")
    @APIResponse(responseCode = "409", description = "a product cannot be ordered,"
            + " problem.order.outsideDeliveryArea: the store does not deliver to the place, or"
            + " problem.order.slotUnavailable: the store does not offer the slot chosen")
    public PriceBreakdown price(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, PriceRequest request) {
        Checkout.Quote quote = checkout.quote(callerId(), request);
        Order o = quote.order();
        return new PriceBreakdown(o.getCurrency(), lines(o), o.subtotal().getAmountMinor(),
                o.getDeliveryFee().getAmountMinor(), o.getTip().getAmountMinor(), vat(o), o.total().getAmountMinor(),
                quote.deliveryMinutes(), quote.offers(), o.discountMinor(), quote.promotionNotice());
    }

    /**
     * The client's side of {@link #ordersByKey}, which serves both: without a key, the caller's orders. Not a
     * resource method: its JAX-RS parameter annotation stops the interface's {@code @GET} being inherited.
     */
    @Override
    public List<OrderView> orders(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer) {
        return ordersByKey(bearer, null);
    }

    @Override
    @GET
    @RolesAllowed({Roles.CUSTOMER, Roles.MERCHANT, Roles.ADMIN, Roles.SUPPORT})
    @Operation(summary = "The caller's orders, newest first; with idempotencyKey, a customer's checkout of that key")
    public List<OrderView> ordersByKey(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer,
                                       @QueryParam("idempotencyKey") String idempotencyKey) {
        // checked here, not by a constraint: Payara's OpenAPI scanner fails on a constrained query parameter
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 100)) {
            throw ProblemException.invalid("problem.idempotencyKeyInvalid", "an Idempotency-Key has 1 to 100 characters");
        }
        List<Order> found;
        if (idempotencyKey != null) {
            if (!caller.getGroups().contains(Roles.CUSTOMER)) {
                throw ProblemException.forbidden("only a customer looks up their own checkout by its key");
            }
            found = orders.ofCustomerByKey(callerId(), idempotencyKey).stream().toList();
        } else if (caller.getGroups().contains(Roles.CUSTOMER)) {
            found = orders.ofCustomer(callerId());
        } else if (caller.getGroups().contains(Roles.MERCHANT)) {
            found = orders.ofMerchant(merchantId());
        } else {
            found = orders.latest();
        }
        return found.stream().map(OrderResource::view).toList();
    }

    @Override
    @GET
    @Path("{id}")
    @RolesAllowed({Roles.CUSTOMER, Roles.MERCHANT, Roles.ADMIN, Roles.SUPPORT, Roles.SERVICE})
    @Operation(summary = "One order; 404 when it is not the caller's")
    public OrderView order(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") long id) {
        return view(orders.get(id, this::visible));
    }

    @Override
    @POST
    @Path("{id}/accept")
    @RolesAllowed(Roles.MERCHANT)
    @Operation(summary = "The merchant accepts a placed order, saying how many minutes the kitchen needs")
    @APIResponse(responseCode = "400", description = "problem.invalid: no preparation time, or not 1 to 180 minutes")
    @APIResponse(responseCode = "404", description = "not one of the merchant's orders")
    @APIResponse(responseCode = "409", description = "problem.order.wrongStatus: the order is not waiting for acceptance")
    public OrderView accept(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") long id,
                            Acceptance acceptance) {
        return view(lifecycle.accept(id, merchantId(), acceptance.preparationMinutes()));
    }

    @Override
    @POST
    @Path("{id}/preparing")
    @RolesAllowed(Roles.MERCHANT)
    @Operation(summary = "The merchant's kitchen starts on an accepted order")
    @APIResponse(responseCode = "404", description = "not one of the merchant's orders")
    @APIResponse(responseCode = "409", description = "problem.order.wrongStatus: the order is not accepted")
    public OrderView startPreparing(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") long id) {
        return view(lifecycle.startPreparing(id, merchantId()));
    }

    @Override
    @POST
    @Path("{id}/ready")
    @RolesAllowed(Roles.MERCHANT)
    @Operation(summary = "The merchant's kitchen has the order ready for pickup")
    @APIResponse(responseCode = "404", description = "not one of the merchant's orders")
    @APIResponse(responseCode = "409", description = "problem.order.wrongStatus: the order is not being prepared")
    public OrderView ready(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") long id) {
        return view(lifecycle.ready(id, merchantId()));
    }

    @Override
    @POST
    @Path("{id}/tickets")
    @RolesAllowed(Roles.MERCHANT)
    @Operation(summary = "Prints the order's kitchen ticket; from the second print on, it is a reprint")
    @APIResponse(responseCode = "404", description = "not one of the merchant's orders")
    @APIResponse(responseCode = "409", description = "problem.order.noTicket: the kitchen does not work on this order")
    public KitchenTicket printTicket(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") long id) {
        OrderLifecycle.TicketPrint printed = lifecycle.printTicket(id, merchantId());
        Order o = printed.order();
        return new KitchenTicket(o.getId(), printed.print(), o.getStoreName(), o.getPlacedAt(), o.getReadyBy(), lines(o),
                Instant.now(), o.getStoreTimeZone());
    }

    @Override
    @POST
    @Path("{id}/reject")
    @RolesAllowed(Roles.MERCHANT)
    @Operation(summary = "The merchant rejects a placed order with a reason; stock and payment hold go back")
    @APIResponse(responseCode = "400", description = "problem.invalid: no reason, or one that is not on the list")
    @APIResponse(responseCode = "404", description = "not one of the merchant's orders")
    @APIResponse(responseCode = "409", description = "problem.order.wrongStatus: the order is not waiting for an answer")
    public OrderView reject(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") long id,
                            Rejection rejection) {
        return view(lifecycle.reject(id, merchantId(), rejection.reason()));
    }

    @Override
    @POST
    @Path("{id}/cancel")
    @RolesAllowed(Roles.CUSTOMER)
    @Operation(summary = "The customer cancels their order before the merchant accepts it, free of charge")
    @APIResponse(responseCode = "404", description = "not one of the customer's orders")
    @APIResponse(responseCode = "409", description = "problem.order.alreadyAccepted, or the order is over")
    public OrderView cancel(@HeaderParam(HttpHeaders.AUTHORIZATION) String bearer, @PathParam("id") long id) {
        return view(lifecycle.cancel(id, callerId()));
    }

    /**
     * The order as server-sent events ("order", its view as JSON): now, then at each change, until its life is over.
     * Outside {@link io.quartier.ordering.api.OrderingApi}: a REST client interface has no use for a stream.
     */
    @GET
    @Path("{id}/events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RolesAllowed({Roles.CUSTOMER, Roles.MERCHANT, Roles.ADMIN, Roles.SUPPORT})
    @Operation(summary = "Follows the order as server-sent events named \"order\", each carrying the order's view: now,"
            + " then at each change (status, courier, times), ending when the order's life is over")
    @APIResponse(responseCode = "404", description = "not an order the caller may see")
    @APIResponse(responseCode = "429", description = "problem.order.tooManyStreams: five streams open for this account")
    public void events(@PathParam("id") long id, @Context SseEventSink sink, @Context Sse sse) {
        watch.watch(callerId(), view(orders.get(id, this::visible)), sink, sse);
    }

    private boolean visible(Order order) {
        if (caller.getGroups().contains(Roles.CUSTOMER)) {
            return order.getCustomerId() == callerId();
        }
        if (caller.getGroups().contains(Roles.MERCHANT)) {
            return order.getMerchantId() == merchantId()
                    && order.getStatus() != OrderStatus.PENDING && order.getStatus() != OrderStatus.FAILED;
        }
        return true;
    }

    private long callerId() {
        return Callers.accountId(caller);
    }

    private long merchantId() {
        return Callers.merchantId(caller);
    }

    static OrderView view(Order o) {
        return new OrderView(o.getId(), o.getCustomerId(), o.getMerchantId(), o.getStoreId(), o.getStoreName(),
                o.getStatus().name(), lines(o),
                o.total().getAmountMinor(), o.getCurrency(), o.getDeliveryAddress(), o.getPlacedAt(), o.getCourierId(),
                o.getPaymentAuthorizationId(), o.getAcceptBy(),
                o.getRejectionReason() == null ? null : o.getRejectionReason().name(), o.getFailureCode(),
                o.getPreparationMinutes(), o.getReadyBy(), o.getStoreAddress(), o.getStoreCountry(),
                o.getStoreTimeZone(), o.subtotal().getAmountMinor(), o.getDeliveryFee().getAmountMinor(),
                o.getTip().getAmountMinor(), vat(o), o.getScheduledFor(), o.getDiscounts().stream()
                        .map(d -> new OrderView.Discount(d.getPromotionId(), d.getKind(), d.getCode(), d.getFunder(),
                                d.getAmountMinor())).toList(), o.discountMinor(), o.getGroupId(),
                o.getDeliveryFailureReason(), o.getDeliveryFailureNote());
    }

    private static List<OrderView.Vat> vat(Order o) {
        return vat(o.vat());
    }

    /** The shares as the API shows them, one per rate, lowest first: shares of several orders at one rate added up. */
    static List<OrderView.Vat> vat(List<VatShare> shares) {
        Map<Integer, long[]> byRate = new TreeMap<>();
        for (VatShare share : shares) {
            long[] sum = byRate.computeIfAbsent(share.basisPoints(), rate -> new long[2]);
            sum[0] = Math.addExact(sum[0], share.grossMinor());
            sum[1] = Math.addExact(sum[1], share.vatMinor());
        }
        return byRate.entrySet().stream().map(e -> new OrderView.Vat(e.getKey(), e.getValue()[0], e.getValue()[1],
                e.getValue()[0] - e.getValue()[1])).toList();
    }

    static List<OrderView.Line> lines(Order o) {
        return o.getLines().stream()
                .map(l -> new OrderView.Line(l.getProductId(), l.getName(), l.getQuantity(), l.getUnitPriceMinor(),
                        l.getVatBasisPoints()))
                .toList();
    }
}
