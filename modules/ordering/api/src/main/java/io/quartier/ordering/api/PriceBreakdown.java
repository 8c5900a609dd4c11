package io.quartier.ordering.api;

import jakarta.json.bind.annotation.JsonbCreator;
import java.util.List;

/**
 * What a basket costs, as checkout would charge it now, in {@code currency}'s minor units, VAT included: the lines
 * priced from the catalog (options in their names), their sum, the delivery fee for the place, the tip, the VAT per
 * rate and the total; {@code deliveryMinutes} is the catalog's estimate from ordering to the door.
 * {@code offers} are the promotions considered (the store's automatic discounts and the coupon entered), each saying
 * whether it applies and otherwise why not; {@code discountMinor} the sum of those that apply, already taken off
 * {@code totalMinor}; {@code promotionNotice} a text key when discounts could not be checked (null otherwise).
 */
public record PriceBreakdown(String currency, List<OrderView.Line> lines, long subtotalMinor, long deliveryFeeMinor,
                             long tipMinor, List<OrderView.Vat> vat, long totalMinor, int deliveryMinutes,
                             List<Offer> offers, long discountMinor, String promotionNotice) {

    /** Marked for JSON-B, which needs telling which constructor reads a record with several. */
    @JsonbCreator
    public PriceBreakdown {
        offers = offers == null ? List.of() : List.copyOf(offers);
    }

    /** A breakdown without promotions, as before them. */
    public PriceBreakdown(String currency, List<OrderView.Line> lines, long subtotalMinor, long deliveryFeeMinor,
                          long tipMinor, List<OrderView.Vat> vat, long totalMinor, int deliveryMinutes) {
        this(currency, lines, subtotalMinor, deliveryFeeMinor, tipMinor, vat, totalMinor, deliveryMinutes, List.of(),
                0, null);
    }

    /**
     * A promotion considered for the basket: {@code kind} COUPON, FREE_DELIVERY, HAPPY_HOUR or TWO_FOR_ONE, the
     * coupon's code, who funds it, whether it applies, for how much, and otherwise {@code reasonKey}, a key of the
     * promotion texts ({@code io.quartier.promotion.api.texts}).
     */
    public record Offer(long promotionId, String kind, String code, String funder, boolean applies, long amountMinor,
                        String reasonKey) {
    }
}
