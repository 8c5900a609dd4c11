package io.quartier.promotion.api;

import java.util.List;

/**
 * A basket as checkout prices it, in {@code currency}'s minor units, VAT included: the store (its merchant and time
 * zone, in which validity and happy hours are read), its lines, the delivery fee, the customer, whether this would be
 * its first order, and the coupon code it entered (null: none).
 */
public record QuoteRequest(long storeId, long merchantId, String storeTimeZone, String currency, long customerId,
                           boolean firstOrder, String couponCode, long deliveryFeeMinor, List<Line> lines) {

    /** One product line: its shelf (null: none), unit price and quantity. */
    public record Line(long productId, Long shelfId, long unitPriceMinor, int quantity) {
    }
}
