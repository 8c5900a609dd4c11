package io.quartier.promotion.api;

import java.util.List;

/** The uses an order makes of promotions, as its quote applied them, for its customer, in {@code currency}. */
public record Reservation(long customerId, long merchantId, String currency, List<Use> uses) {

    /** One promotion and the discount it gave the order. */
    public record Use(long promotionId, long amountMinor) {
    }
}
