package io.quartier.ordering.api;

import java.time.Instant;
import java.util.List;

/**
 * An order as its customer, its merchant and platform staff see it. {@code status} is an {@link OrderStatus} name;
 * {@code acceptBy} is the merchant's deadline while it is PLACED; {@code readyBy} when the kitchen said, on accepting
 * it with {@code preparationMinutes}, that it would be ready; {@code scheduledFor} the slot's start of an order for later
 * (null: as soon as possible); {@code rejectionReason} a {@link RejectionReason}
 * name once REJECTED; {@code failureCode} the problem code of a FAILED checkout.
 */
public record OrderView(long id, long customerId, long merchantId, long storeId, String storeName, String status,
                        List<Line> lines, long totalMinor, String currency, String deliveryAddress, Instant placedAt,
                        Long courierId, Long paymentAuthorizationId, Instant acceptBy, String rejectionReason,
                        String failureCode, Integer preparationMinutes, Instant readyBy,
                        Instant scheduledFor) {

    /** One product of the order, at the price it was placed at. */
    public record Line(long productId, String name, int quantity, long unitPriceMinor) {
    }
}
