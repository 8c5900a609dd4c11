package io.quartier.promotion.domain.model.promotion;

/** What a promotion takes off: a coupon's percentage or amount, the delivery fee, a shelf's price at some hours, every second item. */
public enum PromotionKind {
    COUPON, FREE_DELIVERY, HAPPY_HOUR, TWO_FOR_ONE;

    /** Whether it works on lines one by one (and competes with the others of its sort for each line). */
    public boolean perLine() {
        return this == HAPPY_HOUR || this == TWO_FOR_ONE;
    }
}
