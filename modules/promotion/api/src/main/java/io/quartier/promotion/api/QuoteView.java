package io.quartier.promotion.api;

import java.util.List;

/**
 * What promotion answers for a basket: every promotion considered (the automatic discounts of the store and the
 * coupon entered), each saying whether it applies, for how much, and otherwise why not; {@code discountMinor} is the
 * sum of those that apply, never more than the lines and the delivery fee.
 */
public record QuoteView(String currency, List<PromotionOutcome> considered, long discountMinor) {

    /** The outcomes that apply, in the order they were considered. */
    public List<PromotionOutcome> applied() {
        return considered.stream().filter(PromotionOutcome::applies).toList();
    }
}
