package io.quartier.ordering.application;

import io.quartier.catalog.api.ProductView;
import io.quartier.catalog.api.StoreView;
import io.quartier.kernel.Money;
import io.quartier.kernel.problem.ProblemException;
import io.quartier.ordering.api.PlaceOrder;
import io.quartier.ordering.api.event.OrderPlaced;
import io.quartier.ordering.domain.model.order.Order;
import io.quartier.ordering.infrastructure.catalog.CatalogProducts;
import io.quartier.ordering.infrastructure.messaging.JmsOrderEvents;
import io.quartier.ordering.infrastructure.payment.PaymentAuthorizations;
import io.quartier.ordering.infrastructure.persistence.OrderRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Places an order: prices from the catalog, the order and its OrderPlaced event written in one
 * transaction, then the payment authorised. When payment refuses, the transaction rolls back and neither
 * the order nor the event exists. A repeated Idempotency-Key returns the order it created.
 */
@ApplicationScoped
public class Checkout {

    @Inject
    OrderRepository orders;

    @Inject
    CatalogProducts catalog;

    @Inject
    PaymentAuthorizations payments;

    @Inject
    JmsOrderEvents events;

    @Transactional
    public Placement place(long customerId, String bearer, String idempotencyKey, PlaceOrder request) {
        String fingerprint = fingerprint(request);
        var earlier = orders.byIdempotencyKey(customerId, idempotencyKey);
        if (earlier.isPresent()) {
            if (!earlier.get().isMatchedBy(fingerprint)) {
                throw new ProblemException(422, "problem.idempotencyKeyReused",
                        "this Idempotency-Key was used for a different order");
            }
            return new Placement(earlier.get(), false);
        }
        StoreView store = catalog.store(request.storeId());
        if (!store.isOpen()) {
            throw ProblemException.conflict("problem.order.storeClosed", "store " + store.id() + " is " + store.status())
                    .withError("nextOpening", String.valueOf(store.nextOpening()));
        }
        if (!catalog.kitchenHasRoom(store.id())) {
            throw ProblemException.conflict("problem.order.kitchenFull",
                    "store " + store.id() + " takes no more orders in this 15-minute window");
        }
        List<Long> ids = request.lines().stream().map(PlaceOrder.Line::productId).distinct().toList();
        Map<Long, ProductView> products = catalog.products(ids, store.language()).stream()
                .collect(Collectors.toMap(ProductView::id, Function.identity()));
        Order order = new Order(customerId, idempotencyKey, fingerprint, store.merchantId(), store.id(), store.name(),
                store.address(), store.currency(), request.deliveryAddress());
        for (PlaceOrder.Line line : request.lines()) {
            ProductView product = products.get(line.productId());
            if (product == null || product.storeId() != store.id() || !product.available()) {
                throw ProblemException.conflict("problem.order.productUnavailable",
                        "product " + line.productId() + " cannot be ordered from store " + store.id());
            }
            LinePricing.Priced priced = LinePricing.price(product, line.optionIds());
            order.addLine(product.id(), priced.name(), line.quantity(), Money.of(priced.unitPriceMinor(), product.currency()));
        }
        orders.add(order);
        catalog.reserve(customerId, order.getId(), request.lines());
        try {
            events.publish(new OrderPlaced(order.getId(), customerId, order.getMerchantId(), order.getStoreId(),
                    order.total().getAmountMinor(), order.getCurrency()));
            long authorization = payments.authorize(customerId, order.getId(), request.paymentMethodId(),
                    order.total());
            order.paymentAuthorized(authorization);
        } catch (RuntimeException e) {
            // The order rolls back; the stock it holds in the catalog must go back too.
            catalog.releaseAfterFailure(order.getId());
            throw e;
        }
        return new Placement(order, true);
    }

    static String fingerprint(PlaceOrder request) {
        String canonical = request.storeId() + "|" + request.paymentMethodId() + "|" + request.deliveryAddress() + "|"
                + request.lines().stream().map(l -> l.productId() + "x" + l.quantity()
                        + l.optionIds().stream().sorted().map(String::valueOf).collect(Collectors.joining("+", "[", "]")))
                .collect(Collectors.joining(","));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The order and whether this call created it (false for a repeated Idempotency-Key). */
    public record Placement(Order order, boolean created) {
    }
}
