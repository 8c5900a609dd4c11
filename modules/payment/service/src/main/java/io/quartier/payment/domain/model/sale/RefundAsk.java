package io.quartier.payment.domain.model.sale;

import java.util.Map;

/**
 * What support asks to give back of an order: everything not yet refunded ({@code full}), or amounts of the items,
 * the delivery fee and the tip, and whole lines ({@code lines}: quantity per line, by its position in the order, 0 first), all VAT included.
 */
public record RefundAsk(boolean full, long itemsMinor, long deliveryFeeMinor, long tipMinor, Map<Integer, Integer> lines) {

    public RefundAsk {
        lines = lines == null ? Map.of() : Map.copyOf(lines);
    }
}
