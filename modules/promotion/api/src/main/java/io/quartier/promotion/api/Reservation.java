package io.quartier.promotion.api;

import java.util.List;

/**
 * The uses an order makes of promotions, as its quote applied them, for its customer, in {@code currency};
 * {@code orderTotalMinor} is what the order charges with them (null from a client that does not say), counted as the
 * sales each promotion brought once the order is placed.
 */
public record Reservation(long customerId, long merchantId, String currency, List<Use> uses, Long orderTotalMinor) {

    /** One promotion and the discount it gave the order. */
    public record Use(long promotionId, long amountMinor) {
    }
}
