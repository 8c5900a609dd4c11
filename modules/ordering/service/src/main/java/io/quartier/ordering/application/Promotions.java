package io.quartier.ordering.application;

import io.quartier.ordering.api.PriceBreakdown;
import io.quartier.ordering.domain.model.order.Order;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The promotion service, in checkout's terms (port; {@code RestPromotions} is the adapter). Asking for offers never
 * fails a checkout: empty means promotion could not answer in time, and the order goes ahead without discounts.
 */
public interface Promotions {

    /**
     * Every promotion considered for the priced order (the store's automatic discounts and the coupon entered, null:
     * none), each saying whether it applies; empty when promotion cannot answer. {@code shelfByProduct} names each
     * product's shelf, for happy hours.
     */
    Optional<List<PriceBreakdown.Offer>> offers(Order priced, boolean firstOrder, String couponCode,
                                                Map<Long, Long> shelfByProduct);

    /**
     * Reserves the order's uses of its discounts, once per order. A refusal (a limit reached meanwhile) is a
     * {@link io.quartier.kernel.problem.ProblemException} with promotion's status and code; anything else thrown
     * means the outcome is not known.
     */
    void reserve(Order order);

    /** Gives back the order's uses (none is fine). Throws when promotion cannot be reached. */
    void release(long orderId);
}
