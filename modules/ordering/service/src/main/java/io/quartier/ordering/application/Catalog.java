package io.quartier.ordering.application;

import io.quartier.catalog.api.DeliveryQuote;
import io.quartier.catalog.api.ProductView;
import io.quartier.catalog.api.StoreView;
import io.quartier.ordering.api.PlaceOrder;
import io.quartier.catalog.api.DeliverySlotView;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The catalog service, in checkout's terms (port; {@code RestCatalog} is the adapter). A refusal is a
 * {@link io.quartier.kernel.problem.ProblemException} with the status and code the order fails with; anything else
 * thrown means the outcome is not known.
 */
public interface Catalog {

    /** The store; 400 {@code problem.order.unknownStore} when there is none. */
    StoreView store(long storeId);

    List<ProductView> products(List<Long> ids, String language);

    /**
     * What delivering from the store to the place costs, and whether the store delivers there; with both
     * coordinates null, the store's base fee.
     */
    DeliveryQuote deliveryQuote(long storeId, Double latitude, Double longitude);

    /** Whether the store's kitchen takes another order in the current window (always, without a limit). */
    boolean kitchenHasRoom(long storeId);

    /**
     * The slot of the store starting at {@code start} if the store offers it now (open, a place left, in time for
     * the kitchen); empty otherwise.
     */
    Optional<DeliverySlotView> slot(StoreView store, Instant start);

    /**
     * Holds the order's units and its place in the kitchen window it is served in ({@code servedIn}; null: now),
     * once per order; 409 {@code problem.order.outOfStock} naming what ran short, or {@code problem.order.kitchenFull}.
     */
    void reserve(long customerId, long orderId, List<PlaceOrder.Line> lines, Instant servedIn);

    /** Gives back the units an order holds; nothing happens when none are held. */
    void release(long orderId);
}
