package io.quartier.promotion.api;

/**
 * One promotion considered for a basket: its id (0 for a code no coupon has), {@code kind} (COUPON, FREE_DELIVERY,
 * HAPPY_HOUR, TWO_FOR_ONE), the coupon's code, who funds it (MERCHANT or PLATFORM), whether it applies and for how
 * much; when it does not, {@code reasonKey} says why (a key of {@link PromotionTexts#BUNDLE}).
 */
public record PromotionOutcome(long promotionId, String kind, String code, String funder, boolean applies,
                               long amountMinor, String reasonKey) {
}
