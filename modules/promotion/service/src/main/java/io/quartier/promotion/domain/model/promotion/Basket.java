package io.quartier.promotion.domain.model.promotion;

import java.time.ZoneId;
import java.util.List;

/**
 * A basket as checkout priced it, in {@code currency}'s minor units, VAT included: the store (its merchant and time
 * zone), the lines, the delivery fee, the customer and whether it would be its first order.
 */
public record Basket(long storeId, long merchantId, ZoneId zone, String currency, long customerId, boolean firstOrder,
                     long deliveryFeeMinor, List<Line> lines) {

    public Basket {
        lines = List.copyOf(lines);
    }

    /** The lines' total. */
    public long subtotalMinor() {
        return lines.stream().mapToLong(Line::amountMinor).reduce(0, Math::addExact);
    }

    /** A product line: its shelf (null: none), unit price and quantity. */
    public record Line(long productId, Long shelfId, long unitPriceMinor, int quantity) {

        public long amountMinor() {
            return Math.multiplyExact(unitPriceMinor, (long) quantity);
        }
    }
}
